namespace LeadIntel.Core.Evaluation;

/// <summary>What a person reading one corpus page would take from it: its phones and emails, and the look-alikes that must not count.</summary>
public sealed record CorpusLabel
{
    private readonly IReadOnlyList<LabelledPhone> _phones = [];
    private readonly IReadOnlyList<string> _emails = [];
    private readonly IReadOnlyList<LabelledNegative> _negatives = [];

    /// <summary>The page's file name, relative to the corpus directory.</summary>
    public required string File { get; init; }

    /// <summary>The caller's default region (campaign location), as a search for this page would pass it.</summary>
    public required string Region { get; init; }

    /// <summary>The address the page was served from, when it matters (country-code TLD).</summary>
    public string? Url { get; init; }

    // The source-generated reader assigns every init-only property, null for an absent one: these setters keep lists non-null.
    public IReadOnlyList<LabelledPhone> Phones { get => _phones; init => _phones = value ?? []; }

    /// <summary>Lower-cased addresses.</summary>
    public IReadOnlyList<string> Emails { get => _emails; init => _emails = value ?? []; }

    /// <summary>Text on the page that looks like contact data but is not (fax numbers, hidden decoys, dates, IDs, ...).</summary>
    public IReadOnlyList<LabelledNegative> Negatives { get => _negatives; init => _negatives = value ?? []; }

    public string? Notes { get; init; }
}
