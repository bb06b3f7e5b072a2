namespace LeadIntel.Workflows.Analytics;

/// <summary>What recording one contribution did: chunks written now, chunks found already applied, ETag conflicts retried.</summary>
public sealed record RecordOutcome(int Applied, int AlreadyApplied, int Conflicts)
{
    public static RecordOutcome Zero { get; } = new(0, 0, 0);

    public RecordOutcome Add(RecordOutcome other) => new(Applied + other.Applied, AlreadyApplied + other.AlreadyApplied, Conflicts + other.Conflicts);
}
