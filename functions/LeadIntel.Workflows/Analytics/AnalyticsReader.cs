using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Analytics;

/// <summary>
/// Folds stored cells into figures for ranges of local dates. In UTC (or any zone that is UTC all year) a
/// range is tiled with month, week and day cells (<see cref="BucketCover"/>); in any other zone its UTC
/// instants are read from quarter-hour cells and each quarter hour goes to the local day it falls in.
/// Every query is a partition-key range, paged.
/// </summary>
public sealed class AnalyticsReader(AnalyticsTable table)
{
    /// <summary>Per bucket (same order as <paramref name="buckets"/>): the dimension's values and their measures.</summary>
    public Task<IReadOnlyList<Dictionary<string, CellMeasures>>> FoldAsync(
        string user, string dimension, IReadOnlyList<DateRange> buckets, TimeZoneInfo zone, CancellationToken ct) =>
        LocalDays.IsUtc(zone) ? FoldUtcAsync(user, dimension, buckets, ct) : FoldZonedAsync(user, dimension, buckets, zone, ct);

    private async Task<IReadOnlyList<Dictionary<string, CellMeasures>>> FoldUtcAsync(
        string user, string dimension, IReadOnlyList<DateRange> buckets, CancellationToken ct)
    {
        var folds = buckets.Select(_ => new Dictionary<string, CellMeasures>(StringComparer.Ordinal)).ToList();
        var owner = new Dictionary<(TimeGrain, DateOnly), int>();
        for (var i = 0; i < buckets.Count; i++)
        {
            foreach (var piece in BucketCover.Of(buckets[i]))
            {
                owner[piece] = i;
            }
        }

        foreach (var run in Runs(owner.Keys))
        {
            var from = AnalyticsKeys.Partition(user, dimension, run.Grain, run.From.ToDateTime(TimeOnly.MinValue));
            var to = AnalyticsKeys.Partition(user, dimension, run.Grain, run.To.ToDateTime(TimeOnly.MinValue));
            await foreach (var row in table.QueryAsync(from, to, ct))
            {
                if (owner.TryGetValue((run.Grain, DateOnly.FromDateTime(row.Start)), out var index))
                {
                    Fold(folds[index], row);
                }
            }
        }

        return folds;
    }

    private async Task<IReadOnlyList<Dictionary<string, CellMeasures>>> FoldZonedAsync(
        string user, string dimension, IReadOnlyList<DateRange> buckets, TimeZoneInfo zone, CancellationToken ct)
    {
        var folds = buckets.Select(_ => new Dictionary<string, CellMeasures>(StringComparer.Ordinal)).ToList();
        if (buckets.Count == 0)
        {
            return folds;
        }

        var bounds = buckets.Select(b => LocalDays.UtcBounds(b, zone)).ToList();
        var first = bounds.Min(b => b.Start);
        var last = bounds.Max(b => b.End).AddTicks(-1);
        var from = AnalyticsKeys.Partition(user, dimension, TimeGrain.QuarterHour, first.Date);
        var to = AnalyticsKeys.Partition(user, dimension, TimeGrain.QuarterHour, last.Date);
        await foreach (var row in table.QueryAsync(from, to, ct))
        {
            // Buckets are ordered and disjoint: find the one whose [Start, End) holds this quarter hour.
            var index = bounds.FindIndex(b => row.Start >= b.Start && row.Start < b.End);
            if (index >= 0)
            {
                Fold(folds[index], row);
            }
        }

        return folds;
    }

    private static void Fold(Dictionary<string, CellMeasures> fold, AnalyticsRow row)
    {
        if (fold.TryGetValue(row.Value, out var measures))
        {
            measures.Merge(row.Measures);
        }
        else
        {
            fold.Add(row.Value, row.Measures);
        }
    }

    /// <summary>Consecutive buckets of one grain, each run read with one partition-key range query.</summary>
    private static IEnumerable<(TimeGrain Grain, DateOnly From, DateOnly To)> Runs(IEnumerable<(TimeGrain Grain, DateOnly Start)> pieces)
    {
        foreach (var grain in pieces.GroupBy(p => p.Grain))
        {
            var starts = grain.Select(p => p.Start).Order().ToList();
            var runStart = starts[0];
            for (var i = 1; i <= starts.Count; i++)
            {
                if (i == starts.Count || starts[i] != BucketCover.Next(grain.Key, starts[i - 1]))
                {
                    yield return (grain.Key, runStart, starts[i - 1]);
                    if (i < starts.Count)
                    {
                        runStart = starts[i];
                    }
                }
            }
        }
    }
}
