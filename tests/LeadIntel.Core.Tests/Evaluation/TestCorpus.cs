using LeadIntel.Core.Evaluation;

namespace LeadIntel.Core.Tests.Evaluation;

/// <summary>The labelled corpus copied next to the test assembly, loaded once.</summary>
internal static class TestCorpus
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static readonly Lazy<LabelledCorpus> Loaded = new(() => LabelledCorpus.Load(Directory));

    public static LabelledCorpus Instance => Loaded.Value;
}
