using LeadIntel.Core.Evaluation;

namespace LeadIntel.Core.Tests.Evaluation;

public class SetScoreTests
{
    [Fact]
    public void Compare_splits_keys_into_found_wrong_and_missed()
    {
        var comparison = SetComparison.Compare(["+1", "+2", "+3"], ["+2", "+3", "+9", "+9"]);
        Assert.Equal(["+2", "+3"], comparison.TruePositives);
        Assert.Equal(["+9"], comparison.FalsePositives);
        Assert.Equal(["+1"], comparison.FalseNegatives);
        Assert.False(comparison.IsExact);
    }

    [Fact]
    public void Ratios_follow_the_counts()
    {
        var score = new SetScore(6, 2, 4);
        Assert.Equal(0.75, score.Precision, 6);
        Assert.Equal(0.6, score.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 6);
    }

    [Fact]
    public void Nothing_expected_and_nothing_found_is_perfect_but_a_stray_hit_is_not()
    {
        Assert.Equal(1, SetScore.Zero.Precision);
        Assert.Equal(1, SetScore.Zero.Recall);
        var stray = new SetScore(0, 1, 0);
        Assert.Equal(0, stray.Precision);
        Assert.Equal(0, stray.F1);
    }

    [Fact]
    public void Scores_add_up_micro_averaged()
    {
        var sum = new SetScore(1, 0, 1) + new SetScore(3, 1, 0);
        Assert.Equal(new SetScore(4, 1, 1), sum);
    }
}
