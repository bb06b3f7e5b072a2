using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/analytics/summary</c>: the figures of the whole range.</summary>
public sealed record SummaryView : AnalyticsFigures
{
    public SummaryView(AnalyticsFigures figures) : base(figures)
    {
    }

    public required string Period { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required string Tz { get; init; }
}
