namespace LeadIntel.Core.Evaluation;

/// <summary>What a corpus holds: how many pages, regions, expected phones and emails, and labelled negatives.</summary>
public sealed record CorpusStats(
    int Pages,
    int Regions,
    long HtmlBytes,
    int Phones,
    int PhonesWithExtension,
    int Emails,
    int Negatives,
    int PhoneShapedNegatives,
    int PagesWithoutPhones)
{
    public static CorpusStats Of(IReadOnlyCollection<CorpusPage> pages) => new(
        pages.Count,
        pages.Select(p => p.Label.Region).Distinct(StringComparer.Ordinal).Count(),
        pages.Sum(p => (long)p.Bytes),
        pages.Sum(p => p.Label.Phones.Count),
        pages.Sum(p => p.Label.Phones.Count(phone => phone.Extension is not null)),
        pages.Sum(p => p.Label.Emails.Count),
        pages.Sum(p => p.Label.Negatives.Count),
        pages.Sum(p => p.Label.Negatives.Count(n => n.E164 is not null)),
        pages.Count(p => p.Label.Phones.Count == 0));

    public override string ToString() =>
        $"{Pages} pages, {Regions} regions, {(HtmlBytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} KiB HTML, {Phones} phones ({PhonesWithExtension} with extension), {Emails} emails, " +
        $"{Negatives} labelled negatives ({PhoneShapedNegatives} phone-shaped: fax, hidden), {PagesWithoutPhones} pages without phones";
}
