namespace LeadIntel.Workflows.Api;

/// <summary>
/// Body of <c>POST /api/campaigns</c> (and of the seed's <c>POST /api/scraper/start</c>, which has no region).
/// Absent fields stay null so validation can tell "missing" from "wrong".
/// </summary>
public sealed record CampaignBody(
    IReadOnlyList<string?>? Queries,
    IReadOnlyList<string?>? Platforms,
    int? MaxResults,
    string? Region,
    CampaignFiltersBody? Filters,
    CampaignOptionsBody? Options = null);
