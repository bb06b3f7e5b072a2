namespace LeadIntel.Workflows.Models;

/// <summary>
/// What a campaign adds to each listing's lead beyond the listing page itself (the body's <c>options</c>).
/// Carried in the orchestration inputs; an input written before this existed reads as <see cref="Default"/>.
/// </summary>
/// <param name="CrawlWebsite">Crawl the business website a listing names and add its contacts as <c>website_crawl</c> evidence.</param>
/// <param name="ExtractEmails">Keep email addresses on leads; when false, leads carry phones only.</param>
/// <param name="Ocr">Browser platforms read phones drawn as images on detail pages (layer <c>ocr</c>); null leaves it to the worker's setting.</param>
public sealed record LeadEnrichment(bool CrawlWebsite = true, bool ExtractEmails = true, bool? Ocr = null)
{
    public static LeadEnrichment Default { get; } = new();
}
