using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class ContributionBuilderTests
{
    [Fact]
    public void Leads_land_in_the_utc_bucket_of_their_found_at_at_every_grain()
    {
        // 23:50 in Toronto on Sunday 2026-02-01 is 04:50 UTC on Monday 2026-02-02.
        var foundAt = new DateTimeOffset(2026, 2, 1, 23, 50, 0, TimeSpan.FromHours(-5));
        var phone = LeadCellsTests.Phone("+14165550001", "mobile", "CA", 0.95, "tel_link");
        var builder = ContributionBuilder.From("cmp-1", [LeadCellsTests.Lead("directory", "Dentist", foundAt, [phone], email: true)]);

        var totals = builder.Cells.Where(c => c.Key.Dimension == AnalyticsDimension.Total).ToDictionary(c => c.Key.Grain, c => c.Key.Start);

        Assert.Equal(new DateTime(2026, 2, 2, 4, 45, 0, DateTimeKind.Utc), totals[TimeGrain.QuarterHour]);
        Assert.Equal(new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc), totals[TimeGrain.Day]);
        Assert.Equal(new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc), totals[TimeGrain.Week]);
        Assert.Equal(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), totals[TimeGrain.Month]);
    }

    [Fact]
    public void Measures_count_leads_phones_distinct_and_verified_numbers_and_campaigns()
    {
        var at = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero);
        var sure = LeadCellsTests.Phone("+14165550001", "mobile", "CA", 0.95, "tel_link");
        var unsure = LeadCellsTests.Phone("+14165550002", "mobile", "CA", 0.5, "ocr");
        var builder = ContributionBuilder.From("cmp-1",
        [
            LeadCellsTests.Lead("directory", "Dentist", at, [sure, unsure], email: true),
            LeadCellsTests.Lead("directory", "Dentist", at, [sure]),
            LeadCellsTests.Lead("website", null, at, []),
        ]);

        var day = builder.Cells.Single(c => c.Key is { Grain: TimeGrain.Day, Dimension: AnalyticsDimension.Total }).Value.ToFigures();

        Assert.Equal(3, day.Leads);
        Assert.Equal(2, day.LeadsWithPhone);
        Assert.Equal(1, day.LeadsWithEmail);
        Assert.Equal(3, day.Phones);
        Assert.Equal(2, day.DistinctPhones);
        Assert.Equal(1, day.VerifiedPhones);
        Assert.Equal(1, day.Campaigns);
        Assert.Equal(0.8, day.AvgConfidence);
    }
}
