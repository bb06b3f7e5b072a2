using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Tests.Bench;

public class ThroughputMeterTests
{
    [Fact]
    public void Repeats_passes_for_the_time_budget_and_reports_rates()
    {
        var calls = 0;
        var result = new ThroughputMeter(TimeSpan.FromMilliseconds(30)).Measure("spin", "text", 1_000_000, 10, () =>
        {
            calls++;
            Spin(TimeSpan.FromMilliseconds(2));
            return 7;
        });

        Assert.Equal(7, result.FoundPerPass);
        Assert.True(result.Passes >= 1);
        Assert.True(calls > result.Passes, "the first call and the warm-up are not timed");
        // Not ">= budget": under load the meter may stop at its total-time cap before the timed budget is spent.
        Assert.True(result.Seconds > 0);
        Assert.Equal(1_000_000 * (double)result.Passes / result.Seconds / 1e6, result.MegabytesPerSecond, 6);
        Assert.Equal(10 * (double)result.Passes / result.Seconds, result.PagesPerSecond, 6);
    }

    [Fact]
    public void Preparation_before_each_pass_is_not_timed()
    {
        var prepared = 0;
        var result = new ThroughputMeter(TimeSpan.FromMilliseconds(20)).Measure("layer", "html", 1000, 1, () =>
        {
            prepared++;
            Spin(TimeSpan.FromMilliseconds(5));
            return prepared;
        }, state => state > 0 ? 1 : 0);

        Assert.True(result.Passes >= 1);
        // Each pass cost nothing but its preparation 5 ms: the timed seconds stay below passes × 5 ms.
        Assert.True(result.Seconds < result.Passes * 0.005, $"{result.Seconds} s for {result.Passes} passes");
    }

    [Fact]
    public void A_pass_that_finds_something_else_than_the_first_one_is_an_error()
    {
        var calls = 0;
        var meter = new ThroughputMeter(TimeSpan.FromMilliseconds(10));
        var error = Assert.Throws<InvalidOperationException>(() => meter.Measure("flaky", "html", 1, 1, () => calls++ < 3 ? 1 : 2));
        Assert.Contains("flaky", error.Message);
    }

    private static void Spin(TimeSpan time)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < time)
        {
            Thread.SpinWait(100);
        }
    }
}
