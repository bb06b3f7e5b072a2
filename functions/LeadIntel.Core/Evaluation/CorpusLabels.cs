namespace LeadIntel.Core.Evaluation;

/// <summary>The content of a corpus's <c>labels.json</c>.</summary>
public sealed record CorpusLabels
{
    private readonly IReadOnlyList<CorpusLabel> _pages = [];

    // The source-generated reader assigns null when "pages" is absent.
    public IReadOnlyList<CorpusLabel> Pages { get => _pages; init => _pages = value ?? []; }
}
