namespace LeadIntel.Workflows.Archive;

/// <summary>One campaign back in hot storage.</summary>
public sealed record RestoredCampaign(string Campaign, long Leads, string Archive);
