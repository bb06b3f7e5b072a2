namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>One search on one browser platform.</summary>
/// <param name="Region">ISO 3166 default region for phone parsing.</param>
public sealed record PlatformSearch(string Platform, string Query, int MaxResults, string Region = "US");
