using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Api;

/// <summary>The figures of one value of a dimension (a platform, a category, a layer...).</summary>
public sealed record BreakdownItem : AnalyticsFigures
{
    public BreakdownItem(AnalyticsFigures figures, string key) : base(figures)
    {
        Key = key;
    }

    public string Key { get; init; }
}
