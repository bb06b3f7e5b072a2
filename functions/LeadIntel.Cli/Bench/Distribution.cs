namespace LeadIntel.Cli.Bench;

/// <summary>Count, mean and percentiles of a sample (nearest rank: the value at or above the share asked for).</summary>
public sealed record Distribution(int Count, double Mean, double Min, double P50, double P95, double Max)
{
    public static Distribution Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new Distribution(sorted.Length, sorted.Average(), sorted[0], Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[^1]);
    }

    /// <summary>Nearest-rank percentile of ascending <paramref name="sorted"/>: the smallest value with at least <paramref name="share"/> of the sample at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        var rank = (int)Math.Ceiling(share * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
