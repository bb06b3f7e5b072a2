namespace LeadIntel.Core.Crawling;

/// <summary>One request's result. <see cref="Url"/> is where it ended when the HttpClient followed redirects itself.</summary>
internal sealed record FetchResult(
    FetchOutcome Outcome,
    Uri Url,
    int Status,
    string? ContentType = null,
    string? Text = null,
    Uri? RedirectTo = null,
    string? Error = null);
