namespace LeadIntel.Workflows.Api;

/// <summary>Answer of a 202 to stop, pause or resume: the change was requested; the status URL shows when it took.</summary>
public sealed record CampaignChanged(string Id, string Action, string StatusUrl);
