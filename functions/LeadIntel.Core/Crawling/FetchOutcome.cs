namespace LeadIntel.Core.Crawling;

/// <summary>How one HTTP request of a crawl ended.</summary>
internal enum FetchOutcome
{
    /// <summary>2xx with a readable body in <see cref="FetchResult.Text"/>.</summary>
    Ok,

    /// <summary>3xx with a Location, in <see cref="FetchResult.RedirectTo"/>; not followed yet.</summary>
    Redirect,

    /// <summary>A status outside 2xx/3xx.</summary>
    HttpError,

    /// <summary>A page whose Content-Type is not HTML: headers read, body not downloaded.</summary>
    NotHtml,

    /// <summary>Declared or read past the byte limit.</summary>
    TooLarge,

    /// <summary>No response: connection error or timeout.</summary>
    Failed,
}
