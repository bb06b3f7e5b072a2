namespace LeadIntel.Workflows.Models;

/// <summary>The seed's campaign filters; each applies only where a lead carries the field it tests.</summary>
public sealed record CampaignFilters(
    string? Location = null,
    string? Category = null,
    bool StudentOnly = false,
    string? FieldOfStudy = null)
{
    public static CampaignFilters None { get; } = new();
}
