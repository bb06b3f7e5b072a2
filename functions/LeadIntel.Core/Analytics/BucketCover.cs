namespace LeadIntel.Core.Analytics;

/// <summary>
/// Tiles a UTC date range with stored buckets, coarsest first: the whole months inside it, then whole ISO
/// weeks in what is left on either side, then days, so a long range reads few cells and every day is read
/// exactly once.
/// </summary>
public static class BucketCover
{
    public static IEnumerable<(TimeGrain Grain, DateOnly Start)> Of(DateRange range)
    {
        var firstMonth = range.From.Day == 1 ? range.From : new DateOnly(range.From.Year, range.From.Month, 1).AddMonths(1);
        var months = new List<DateOnly>();
        for (var m = firstMonth; m.AddMonths(1).AddDays(-1) <= range.To; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        if (months.Count == 0)
        {
            return WeeksAndDays(range.From, range.To);
        }

        var afterMonths = months[^1].AddMonths(1);
        return WeeksAndDays(range.From, months[0].AddDays(-1))
            .Concat(months.Select(m => (TimeGrain.Month, m)))
            .Concat(WeeksAndDays(afterMonths, range.To));
    }

    /// <summary>The start of the bucket after <paramref name="start"/> at <paramref name="grain"/>.</summary>
    public static DateOnly Next(TimeGrain grain, DateOnly start) => grain switch
    {
        TimeGrain.Month => start.AddMonths(1),
        TimeGrain.Week => start.AddDays(7),
        _ => start.AddDays(1),
    };

    private static IEnumerable<(TimeGrain Grain, DateOnly Start)> WeeksAndDays(DateOnly from, DateOnly to)
    {
        var day = from;
        while (day <= to)
        {
            if (day.DayOfWeek == DayOfWeek.Monday && day.AddDays(6) <= to)
            {
                yield return (TimeGrain.Week, day);
                day = day.AddDays(7);
            }
            else
            {
                yield return (TimeGrain.Day, day);
                day = day.AddDays(1);
            }
        }
    }
}
