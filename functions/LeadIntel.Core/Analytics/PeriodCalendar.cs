namespace LeadIntel.Core.Analytics;

/// <summary>Bucket arithmetic on calendar dates: days, ISO weeks starting Monday, months.</summary>
public static class PeriodCalendar
{
    public static bool TryParse(string? text, out AnalyticsPeriod period)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "daily" or "day":
                period = AnalyticsPeriod.Daily;
                return true;
            case "weekly" or "week":
                period = AnalyticsPeriod.Weekly;
                return true;
            case "monthly" or "month":
                period = AnalyticsPeriod.Monthly;
                return true;
            default:
                period = default;
                return false;
        }
    }

    public static string Name(AnalyticsPeriod period) => period switch
    {
        AnalyticsPeriod.Daily => "daily",
        AnalyticsPeriod.Weekly => "weekly",
        _ => "monthly",
    };

    /// <summary>The Monday on or before <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>First day of the bucket that holds <paramref name="date"/>.</summary>
    public static DateOnly BucketStart(DateOnly date, AnalyticsPeriod period) => period switch
    {
        AnalyticsPeriod.Daily => date,
        AnalyticsPeriod.Weekly => WeekStart(date),
        _ => MonthStart(date),
    };

    public static DateOnly NextBucket(DateOnly start, AnalyticsPeriod period) => period switch
    {
        AnalyticsPeriod.Daily => start.AddDays(1),
        AnalyticsPeriod.Weekly => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <summary>The whole bucket holding <paramref name="date"/>.</summary>
    public static DateRange Bucket(DateOnly date, AnalyticsPeriod period)
    {
        var start = BucketStart(date, period);
        return new DateRange(start, NextBucket(start, period).AddDays(-1));
    }

    /// <summary>Every bucket that meets <paramref name="range"/>, each clipped to it, in order; a timeline has no gaps.</summary>
    public static IReadOnlyList<DateRange> Buckets(DateRange range, AnalyticsPeriod period)
    {
        var buckets = new List<DateRange>();
        for (var start = BucketStart(range.From, period); start <= range.To; start = NextBucket(start, period))
        {
            buckets.Add(new DateRange(start, NextBucket(start, period).AddDays(-1)).Intersect(range)!.Value);
        }

        return buckets;
    }

    /// <summary>
    /// This period so far (its first day to <paramref name="today"/>) and the whole period before it, as the
    /// dashboard compares them.
    /// </summary>
    public static (DateRange Current, DateRange Previous) Comparison(DateOnly today, AnalyticsPeriod period)
    {
        var start = BucketStart(today, period);
        var previous = Bucket(start.AddDays(-1), period);
        return (new DateRange(start, today), previous);
    }
}
