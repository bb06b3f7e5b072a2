using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Api;

/// <summary>A campaign as <c>GET /api/campaigns/{id}</c> shows it.</summary>
public sealed record CampaignView(
    string Id,
    string Status,
    IReadOnlyList<string> Queries,
    IReadOnlyList<string> Platforms,
    int MaxResults,
    string Region,
    CampaignFilters Filters,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? CompletedAt,
    ProgressView? Progress,
    IReadOnlyList<SearchError> Errors,
    int? LeadCount,
    int? Duplicates,
    string? Failure,
    string LeadsUrl);
