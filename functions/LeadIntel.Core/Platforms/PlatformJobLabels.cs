namespace LeadIntel.Core.Platforms;

/// <summary>
/// Routing labels of <see cref="PlatformJob"/> (as in Crawlee): a listing job yields follow-ups, a detail job yields one lead.
/// Runners count detail jobs against the request's maximum.
/// </summary>
public static class PlatformJobLabels
{
    /// <summary>A page of search results or listings.</summary>
    public const string Listing = "listing";

    /// <summary>One business or profile page.</summary>
    public const string Detail = "detail";
}
