namespace LeadIntel.Core.Analytics;

/// <summary>One aggregate cell: a UTC bucket of a grain, and a dimension value.</summary>
/// <param name="Start">First UTC instant of the bucket (a quarter hour, a midnight, a Monday, a 1st).</param>
public readonly record struct CellKey(TimeGrain Grain, DateTime Start, string Dimension, string Value)
{
    public const long QuarterTicks = 15 * TimeSpan.TicksPerMinute;

    public static DateTime BucketStart(TimeGrain grain, DateTime utc) => grain switch
    {
        TimeGrain.QuarterHour => new DateTime(utc.Ticks - (utc.Ticks % QuarterTicks), DateTimeKind.Utc),
        TimeGrain.Day => DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc),
        TimeGrain.Week => PeriodCalendar.WeekStart(DateOnly.FromDateTime(utc)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        _ => new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
