using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>What a crawl produced: leads in discovery order, counters, page errors, and the block that stopped it, if any.</summary>
public sealed record CrawlResult(IReadOnlyList<Lead> Leads, CrawlProgress Progress, IReadOnlyList<string> Errors, PlatformBlock? Block);
