namespace LeadIntel.Workflows.Models;

/// <summary>The campaign orchestration's output.</summary>
/// <param name="Leads">Leads in the merged CSV, after cross-platform dedupe and filters.</param>
/// <param name="Duplicates">Leads merged into another one by dedupe.</param>
/// <param name="FilteredOut">Leads dropped by the campaign's filters.</param>
public sealed record CampaignResult(
    int Leads,
    int Duplicates,
    int FilteredOut,
    CampaignProgress Progress);
