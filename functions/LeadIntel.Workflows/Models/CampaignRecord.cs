namespace LeadIntel.Workflows.Models;

/// <summary>A campaign as its owner asked for it; kept in the campaigns table, partitioned by user.</summary>
public sealed record CampaignRecord(
    string Id,
    string UserId,
    IReadOnlyList<string> Queries,
    IReadOnlyList<string> Platforms,
    int MaxResults,
    string Region,
    CampaignFilters Filters,
    DateTimeOffset CreatedAt,
    LeadEnrichment? Enrichment = null)
{
    /// <summary>The enrichment asked for; a record stored before enrichment existed gets the defaults.</summary>
    public LeadEnrichment Enriching => Enrichment ?? LeadEnrichment.Default;

    /// <summary>One search per (query, platform) pair, numbered query-major.</summary>
    public int SearchCount => Queries.Count * Platforms.Count;
}
