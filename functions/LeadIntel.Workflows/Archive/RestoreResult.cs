namespace LeadIntel.Workflows.Archive;

/// <summary>What <c>POST /api/archive/restore</c> brought back: each campaign and its leads.</summary>
public sealed record RestoreResult(DateOnly From, DateOnly To, long Leads, IReadOnlyList<RestoredCampaign> Campaigns);
