namespace LeadIntel.Core.Evaluation;

/// <summary>Expected versus predicted keys on one page: what was found, what was wrongly reported, what was missed.</summary>
public sealed record SetComparison(IReadOnlyList<string> TruePositives, IReadOnlyList<string> FalsePositives, IReadOnlyList<string> FalseNegatives)
{
    public SetScore Score => new(TruePositives.Count, FalsePositives.Count, FalseNegatives.Count);

    public bool IsExact => FalsePositives.Count == 0 && FalseNegatives.Count == 0;

    public static SetComparison Compare(IEnumerable<string> expected, IEnumerable<string> predicted)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var got = predicted.ToHashSet(StringComparer.Ordinal);
        return new SetComparison(
            got.Where(want.Contains).Order(StringComparer.Ordinal).ToList(),
            got.Where(k => !want.Contains(k)).Order(StringComparer.Ordinal).ToList(),
            want.Where(k => !got.Contains(k)).Order(StringComparer.Ordinal).ToList());
    }
}
