namespace LeadIntel.Workflows.Api;

/// <summary>Answer of <c>GET /api/metrics</c>.</summary>
/// <param name="Campaigns">Campaign orchestrations by API status.</param>
/// <param name="Queues">Approximate message count of each engine and job queue.</param>
/// <param name="CompletedDurationSeconds">Mean and longest run time of completed campaigns.</param>
public sealed record MetricsReport(
    IReadOnlyDictionary<string, int> Campaigns,
    IReadOnlyDictionary<string, int> Queues,
    DurationStats CompletedDurationSeconds);
