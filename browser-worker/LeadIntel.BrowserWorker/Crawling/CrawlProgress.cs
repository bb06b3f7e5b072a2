namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>Counters of one browser job while it runs.</summary>
/// <param name="Found">Listings discovered.</param>
/// <param name="Processed">Pages read.</param>
/// <param name="Leads">Leads completed.</param>
/// <param name="Phones">Phones on those leads.</param>
/// <param name="Errors">Pages that failed.</param>
public sealed record CrawlProgress(int Found, int Processed, int Leads, int Phones, int Errors);
