namespace LeadIntel.Core.Analytics;

/// <summary>
/// The measures of one cell, one bucket or one range: what the dashboard shows. Field names in snake case
/// are the analytics API's contract.
/// </summary>
public record AnalyticsFigures
{
    public long Leads { get; init; }

    public long LeadsWithPhone { get; init; }

    public long LeadsWithEmail { get; init; }

    /// <summary>Phone numbers on the leads, each lead's numbers counted once per lead.</summary>
    public long Phones { get; init; }

    /// <summary>Distinct E.164 numbers (exact up to <see cref="DistinctSketch.ExactLimit"/>, estimated beyond).</summary>
    public long DistinctPhones { get; init; }

    /// <summary>Distinct numbers with a fused confidence of at least <see cref="CellMeasures.VerifiedConfidence"/>.</summary>
    public long VerifiedPhones { get; init; }

    /// <summary>Distinct campaigns whose leads are counted here.</summary>
    public long Campaigns { get; init; }

    /// <summary>Mean fused confidence of <see cref="Phones"/>, or null when there is none.</summary>
    public double? AvgConfidence { get; init; }
}
