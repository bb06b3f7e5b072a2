namespace LeadIntel.Core.Crawling;

/// <summary>One page request of a crawl: the URL it ended at (after redirects), the HTTP status and its link depth.</summary>
public sealed record CrawledPage(string Url, int Status, int Depth, string? ContentType = null);
