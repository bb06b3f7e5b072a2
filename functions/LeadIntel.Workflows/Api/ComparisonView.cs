using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/analytics/compare</c>: this period so far against the whole previous one.</summary>
public sealed record ComparisonView(string Period, string Tz, RangeFigures Current, RangeFigures Previous, IReadOnlyDictionary<string, MetricDelta> Deltas);
