using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class LocalDaysTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Fact]
    public void A_day_in_a_zone_west_of_utc_starts_later_in_utc()
    {
        var start = LocalDays.StartUtc(new DateOnly(2026, 1, 15), Zone("America/New_York"));

        Assert.Equal(new DateTime(2026, 1, 15, 5, 0, 0, DateTimeKind.Utc), start);
    }

    [Fact]
    public void Half_and_quarter_hour_zones_start_days_off_the_hour()
    {
        Assert.Equal(new DateTime(2026, 1, 14, 18, 30, 0, DateTimeKind.Utc), LocalDays.StartUtc(new DateOnly(2026, 1, 15), Zone("Asia/Kolkata")));
        Assert.Equal(new DateTime(2026, 1, 14, 18, 15, 0, DateTimeKind.Utc), LocalDays.StartUtc(new DateOnly(2026, 1, 15), Zone("Asia/Kathmandu")));
    }

    [Fact]
    public void A_daylight_saving_day_is_23_hours_long()
    {
        var zone = Zone("Europe/Paris");
        var (start, end) = LocalDays.UtcBounds(new DateRange(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29)), zone);

        Assert.Equal(TimeSpan.FromHours(23), end - start);
    }

    [Fact]
    public void Where_midnight_is_skipped_the_day_starts_when_clocks_resume()
    {
        // Chile springs forward at 24:00 on the first Saturday of September: 2026-09-06 00:00 does not exist.
        var zone = Zone("America/Santiago");
        var start = LocalDays.StartUtc(new DateOnly(2026, 9, 6), zone);

        Assert.Equal(new DateTime(2026, 9, 6, 1, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(start, zone));
        Assert.Equal(new DateOnly(2026, 9, 5), LocalDays.DateOf(new DateTimeOffset(start.AddTicks(-1), TimeSpan.Zero), zone));
    }

    [Fact]
    public void Utc_like_zones_are_recognised()
    {
        Assert.True(LocalDays.IsUtc(TimeZoneInfo.Utc));
        Assert.True(LocalDays.IsUtc(Zone("Etc/UTC")));
        Assert.False(LocalDays.IsUtc(Zone("Europe/London")));
    }
}
