namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/analytics/platforms|categories|layers|regions|phone-types</c>, largest first.</summary>
public sealed record BreakdownView(string Dimension, DateOnly From, DateOnly To, string Tz, IReadOnlyList<BreakdownItem> Items);
