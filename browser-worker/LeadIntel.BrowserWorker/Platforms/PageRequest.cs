namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>A page to visit, routed by <see cref="Label"/> (the search page, a detail page, ...).</summary>
/// <param name="Key">The listing a detail page belongs to (place id, profile URL); null for searches.</param>
/// <param name="Depth">How many times a search was split into smaller ones to get here.</param>
public sealed record PageRequest(Uri Url, string Label, string? Key = null, int Depth = 0)
{
    public const string Search = "search";
    public const string Detail = "detail";

    public bool IsDetail => Label == Detail;
}
