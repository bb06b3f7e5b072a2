using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class BucketCoverTests
{
    [Fact]
    public void Tiles_a_range_with_months_weeks_and_days_exactly_once()
    {
        var range = new DateRange(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 9));

        var pieces = BucketCover.Of(range).ToList();

        var days = pieces.SelectMany(p => Days(p.Grain, p.Start)).ToList();
        Assert.Equal(range.Days, days.Count);
        Assert.Equal(Enumerable.Range(0, range.Days).Select(i => range.From.AddDays(i)), days.Order());
        Assert.Equal(2, pieces.Count(p => p.Grain == TimeGrain.Month)); // February and March
        Assert.Equal([new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 19)], pieces.Where(p => p.Grain == TimeGrain.Week).Select(p => p.Start));
        // The week of 26 January runs into February, a whole month; that of 6 April past the range.
        Assert.Equal(6 + 9, pieces.Count(p => p.Grain == TimeGrain.Day));
    }

    [Fact]
    public void A_single_day_is_one_day_piece() =>
        Assert.Equal([(TimeGrain.Day, new DateOnly(2026, 5, 1))], BucketCover.Of(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1))));

    private static IEnumerable<DateOnly> Days(TimeGrain grain, DateOnly start)
    {
        var end = BucketCover.Next(grain, start);
        for (var d = start; d < end; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
