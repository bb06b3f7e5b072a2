namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>One search on one browser platform.</summary>
/// <param name="Region">ISO 3166 default region for phone parsing.</param>
/// <param name="Ocr">Read phones drawn as images (images, canvases, background images) on detail pages.</param>
public sealed record PlatformSearch(string Platform, string Query, int MaxResults, string Region = "US", bool Ocr = false);
