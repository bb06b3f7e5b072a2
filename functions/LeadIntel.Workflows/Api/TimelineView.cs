namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/analytics/timeline</c>: one point per bucket of the period, none left out.</summary>
public sealed record TimelineView(string Period, DateOnly From, DateOnly To, string Tz, IReadOnlyList<RangeFigures> Timeline);
