using LeadIntel.Core.Evaluation;

namespace LeadIntel.Cli.Bench;

/// <summary>Precision, recall and F1 with the counts behind them, as printed and serialized by the bench.</summary>
public sealed record AccuracyFigures(double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static AccuracyFigures From(SetScore score) => new(
        Math.Round(score.Precision, 4), Math.Round(score.Recall, 4), Math.Round(score.F1, 4), score.TruePositives, score.FalsePositives, score.FalseNegatives);
}
