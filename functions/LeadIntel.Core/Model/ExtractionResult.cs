namespace LeadIntel.Core.Model;

/// <summary>Phones and emails found in one input (a page, a file, a crawled site).</summary>
public sealed record ExtractionResult(IReadOnlyList<Phone> Phones, IReadOnlyList<Email> Emails)
{
    public static ExtractionResult Empty { get; } = new([], []);
}
