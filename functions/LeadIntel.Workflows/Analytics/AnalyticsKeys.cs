using System.Globalization;
using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Analytics;

/// <summary>
/// Table keys of the aggregates. Partition = <c>{user}|{dimension}|{grain}{UTC stamp}</c>, so a range of
/// buckets of one dimension is one contiguous partition-key range: <c>d20260115</c> (day), <c>w20260112</c>
/// (the ISO week's Monday), <c>m202601</c> (month), <c>q20260115</c> (the quarter hours of a UTC day).
/// Row = a hash of the value (values are page text; keys may not hold '/', '\', '#', '?'), prefixed by
/// <c>HHmm|</c> in quarter-hour partitions. Ledger rows (<c>~{contribution}|{chunk}</c>) sort after every cell.
/// </summary>
public static class AnalyticsKeys
{
    public const string LedgerPrefix = "~";

    public static string Partition(string user, string dimension, TimeGrain grain, DateTime start) => grain switch
    {
        TimeGrain.QuarterHour => $"{user}|{dimension}|q{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
        TimeGrain.Day => $"{user}|{dimension}|d{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
        TimeGrain.Week => $"{user}|{dimension}|w{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
        _ => $"{user}|{dimension}|m{start.ToString("yyyyMM", CultureInfo.InvariantCulture)}",
    };

    public static string Row(CellKey key) => key.Grain == TimeGrain.QuarterHour
        ? $"{key.Start.ToString("HHmm", CultureInfo.InvariantCulture)}|{StableHash.Hex(key.Value)}"
        : StableHash.Hex(key.Value);

    public static string Ledger(string contributionId, int chunk) => $"{LedgerPrefix}{contributionId}|{chunk:D4}";

    /// <summary>The partition holding a bucket: quarter hours live in their UTC day's partition.</summary>
    public static string PartitionOf(string user, CellKey key) =>
        Partition(user, key.Dimension, key.Grain, key.Grain == TimeGrain.QuarterHour ? key.Start.Date : key.Start);
}
