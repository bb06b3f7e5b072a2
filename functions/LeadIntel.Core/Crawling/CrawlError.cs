namespace LeadIntel.Core.Crawling;

/// <summary>A page or robots.txt that could not be used, and why (status, timeout, too large, off-site redirect, ...).</summary>
public sealed record CrawlError(string Url, string Message);
