using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class PeriodCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-05", "2026-01-05")] // a Monday starts its own week
    [InlineData("2026-01-11", "2026-01-05")] // Sunday belongs to the week before
    [InlineData("2026-01-01", "2025-12-29")] // ISO week 1 of 2026 starts in 2025
    [InlineData("2024-03-03", "2024-02-26")] // across a leap-year February
    public void Weeks_start_on_monday(string date, string monday) =>
        Assert.Equal(D(monday), PeriodCalendar.BucketStart(D(date), AnalyticsPeriod.Weekly));

    [Theory]
    [InlineData("2024-02-29", "2024-02-01", "2024-02-29")]
    [InlineData("2025-02-28", "2025-02-01", "2025-02-28")]
    [InlineData("2026-12-31", "2026-12-01", "2026-12-31")]
    [InlineData("2026-04-01", "2026-04-01", "2026-04-30")]
    public void Months_end_on_their_last_day(string date, string first, string last) =>
        Assert.Equal(new DateRange(D(first), D(last)), PeriodCalendar.Bucket(D(date), AnalyticsPeriod.Monthly));

    [Fact]
    public void Buckets_cover_the_range_without_gaps_and_clip_the_ends()
    {
        var buckets = PeriodCalendar.Buckets(new DateRange(D("2026-01-07"), D("2026-01-20")), AnalyticsPeriod.Weekly);

        Assert.Equal(
            [new DateRange(D("2026-01-07"), D("2026-01-11")), new DateRange(D("2026-01-12"), D("2026-01-18")), new DateRange(D("2026-01-19"), D("2026-01-20"))],
            buckets);
    }

    [Theory]
    [InlineData(AnalyticsPeriod.Daily, "2026-03-01", "2026-03-01", "2026-02-28", "2026-02-28")]
    [InlineData(AnalyticsPeriod.Weekly, "2026-03-04", "2026-03-02", "2026-02-23", "2026-03-01")]
    [InlineData(AnalyticsPeriod.Monthly, "2026-03-15", "2026-03-01", "2026-02-01", "2026-02-28")]
    public void Comparison_is_this_period_so_far_against_the_whole_previous_one(AnalyticsPeriod period, string today, string currentFrom, string previousFrom, string previousTo)
    {
        var (current, previous) = PeriodCalendar.Comparison(D(today), period);

        Assert.Equal(new DateRange(D(currentFrom), D(today)), current);
        Assert.Equal(new DateRange(D(previousFrom), D(previousTo)), previous);
    }

    [Theory]
    [InlineData("weekly", AnalyticsPeriod.Weekly)]
    [InlineData("MONTHLY", AnalyticsPeriod.Monthly)]
    [InlineData("daily", AnalyticsPeriod.Daily)]
    public void Parses_period_names(string text, AnalyticsPeriod expected)
    {
        Assert.True(PeriodCalendar.TryParse(text, out var period));
        Assert.Equal(expected, period);
    }

    [Theory]
    [InlineData("yearly")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_unknown_periods(string? text) => Assert.False(PeriodCalendar.TryParse(text, out _));
}
