namespace LeadIntel.Workflows.Api;

/// <summary>The <c>filters</c> object of a campaign body.</summary>
public sealed record CampaignFiltersBody(string? Location, string? Category, bool? StudentOnly, string? FieldOfStudy);
