using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Api;

/// <summary>A campaign as <c>GET /api/campaigns/{id}</c> (and each entry of the list) shows it.</summary>
/// <param name="Options">The enrichment the campaign runs with (the body's <c>options</c>).</param>
/// <param name="CreatedAt">When the API accepted the campaign.</param>
/// <param name="StartedAt">When its orchestration was created in the engine; null while it is not visible yet.</param>
/// <param name="Progress">Totals and per-platform counters; null before the orchestration is visible.</param>
public sealed record CampaignView(
    string Id,
    string Status,
    IReadOnlyList<string> Queries,
    IReadOnlyList<string> Platforms,
    int MaxResults,
    string Region,
    CampaignFilters Filters,
    LeadEnrichment Options,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? CompletedAt,
    ProgressView? Progress,
    IReadOnlyList<SearchError> Errors,
    int? LeadCount,
    int? Duplicates,
    string? Failure,
    string LeadsUrl);
