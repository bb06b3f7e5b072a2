namespace LeadIntel.Workflows.Models;

/// <summary>A failure inside a campaign, reported as data: the campaign goes on with partial results.</summary>
public sealed record SearchError(string Platform, string Query, string Message);
