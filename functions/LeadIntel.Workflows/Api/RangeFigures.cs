using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Api;

/// <summary>Figures of one range of dates: a timeline bucket (named by its first day) or one side of a comparison.</summary>
public sealed record RangeFigures : AnalyticsFigures
{
    public RangeFigures(AnalyticsFigures figures, DateRange range, DateOnly bucket) : base(figures)
    {
        Bucket = bucket;
        From = range.From;
        To = range.To;
    }

    /// <summary>First day of the whole bucket (the day, the ISO week's Monday, the month's 1st), even when the range clips it.</summary>
    public DateOnly Bucket { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }
}
