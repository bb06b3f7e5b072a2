namespace LeadIntel.Workflows.Api;

/// <summary>Answer of <c>GET /api/health</c>: <c>ok</c> when storage and the engine both answer.</summary>
public sealed record HealthReport(string Status, string Storage, string Engine);
