namespace LeadIntel.Core.Phones;

/// <summary>
/// Fuses confidences of independent sightings with noisy-OR: 1 − Π(1 − cᵢ), taking each layer's best
/// sighting once (the same layer seeing a number twice is not independent evidence), capped at 0.99
/// so no evidence ever claims certainty.
/// </summary>
public static class ConfidenceFusion
{
    public const double Cap = 0.99;

    public static double Fuse(IEnumerable<(string Layer, double Confidence)> evidence)
    {
        var missProbability = 1.0;
        foreach (var best in evidence.GroupBy(e => e.Layer).Select(g => g.Max(e => Math.Clamp(e.Confidence, 0, 1))))
        {
            missProbability *= 1 - best;
        }

        return Math.Round(Math.Min(Cap, 1 - missProbability), 4);
    }
}
