namespace LeadIntel.Workflows.Api;

/// <summary>Answer of a 202 to <c>POST /api/campaigns</c>.</summary>
public sealed record CampaignCreated(string Id, string Status, string StatusUrl, string LeadsUrl);
