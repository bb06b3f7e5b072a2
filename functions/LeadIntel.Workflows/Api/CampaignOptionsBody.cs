namespace LeadIntel.Workflows.Api;

/// <summary>The <c>options</c> object of a campaign body: enrichment switches, each true when absent.</summary>
public sealed record CampaignOptionsBody(bool? CrawlWebsite, bool? ExtractEmails, bool? Ocr);
