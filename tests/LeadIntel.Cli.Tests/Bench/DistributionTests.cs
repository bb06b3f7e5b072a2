using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Tests.Bench;

public class DistributionTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_the_sorted_sample()
    {
        // 1..20 shuffled: p50 is the 10th value, p95 the 19th.
        var values = new double[] { 7, 20, 3, 15, 1, 12, 9, 18, 5, 11, 2, 16, 8, 19, 4, 14, 6, 17, 10, 13 };

        var d = Distribution.Of(values);

        Assert.Equal(20, d.Count);
        Assert.Equal(10.5, d.Mean, 9);
        Assert.Equal(1, d.Min);
        Assert.Equal(10, d.P50);
        Assert.Equal(19, d.P95);
        Assert.Equal(20, d.Max);
    }

    [Theory]
    [InlineData(0.0, 5)]
    [InlineData(0.5, 5)]
    [InlineData(0.95, 5)]
    [InlineData(1.0, 5)]
    public void One_value_is_every_percentile(double share, double expected) =>
        Assert.Equal(expected, Distribution.Percentile([5], share));

    [Fact]
    public void Small_samples_round_the_rank_up()
    {
        double[] sorted = [10, 20, 30];

        Assert.Equal(20, Distribution.Percentile(sorted, 0.5));
        Assert.Equal(30, Distribution.Percentile(sorted, 0.95));
        Assert.Equal(10, Distribution.Percentile(sorted, 0.0));
    }

    [Fact]
    public void An_empty_sample_has_no_figures()
    {
        var d = Distribution.Of([]);

        Assert.Equal(0, d.Count);
        Assert.True(double.IsNaN(d.P95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Percentile([], 0.5));
    }
}
