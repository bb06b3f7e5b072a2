namespace LeadIntel.Workflows.Api;

/// <summary>Run-time statistics in seconds.</summary>
public sealed record DurationStats(int Count, double Mean, double Max);
