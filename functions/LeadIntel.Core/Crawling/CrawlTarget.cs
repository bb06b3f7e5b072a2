namespace LeadIntel.Core.Crawling;

/// <summary>A URL to fetch and how many link hops it lies from the start page.</summary>
internal sealed record CrawlTarget(Uri Url, int Depth);
