namespace LeadIntel.Core.Evaluation;

/// <summary>
/// Text on a page that an extractor could mistake for contact data. <see cref="E164"/> is set when the text is a
/// real phone number that must still not count (a fax line, a number in a hidden element).
/// </summary>
public sealed record LabelledNegative
{
    /// <summary>What it is: fax, hidden, date, price, postcode, iban, vat, ...</summary>
    public required string Kind { get; init; }

    /// <summary>The text as it appears on the page.</summary>
    public required string Text { get; init; }

    public string? E164 { get; init; }
}
