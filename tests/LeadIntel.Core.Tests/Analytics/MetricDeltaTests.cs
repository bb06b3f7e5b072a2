using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class MetricDeltaTests
{
    [Theory]
    [InlineData(150, 100, 50, 50.0)]
    [InlineData(2, 3, -1, -33.3)]
    [InlineData(7, 7, 0, 0.0)]
    public void Delta_and_percent_against_the_previous_value(double current, double previous, double delta, double percent)
    {
        var d = MetricDelta.Of(current, previous);

        Assert.Equal(delta, d.Delta);
        Assert.Equal(percent, d.Percent);
    }

    [Fact]
    public void No_percent_against_zero() => Assert.Null(MetricDelta.Of(5, 0).Percent);
}
