namespace LeadIntel.Demo.Catalog;

/// <summary>An invented phone number and the ways people write it.</summary>
/// <param name="E164">The number in E.164, e.g. <c>+14165550123</c>: the ground truth extraction must reach.</param>
/// <param name="Fictional">True when the number lies in a range reserved for fiction (NANP 555-01xx, Ofcom 020 7946 0xxx, ...).</param>
/// <param name="Formats">Ways of writing it, national format first.</param>
public sealed record DemoPhone(string E164, bool Fictional, IReadOnlyList<string> Formats)
{
    /// <summary>Digits after the plus sign, as click-to-chat links want them.</summary>
    public string Digits => E164[1..];
}
