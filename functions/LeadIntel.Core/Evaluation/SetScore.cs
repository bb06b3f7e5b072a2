namespace LeadIntel.Core.Evaluation;

/// <summary>Counts of one comparison (or a sum of many) and the usual ratios. An empty denominator gives 1: nothing to find, nothing missed.</summary>
public sealed record SetScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static SetScore Zero { get; } = new(0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SetScore operator +(SetScore a, SetScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
