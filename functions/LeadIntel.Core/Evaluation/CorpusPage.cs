using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Evaluation;

/// <summary>One labelled page of a corpus with its HTML.</summary>
public sealed record CorpusPage(CorpusLabel Label, string Html)
{
    /// <summary>UTF-8 size of the HTML, the unit throughput is measured in.</summary>
    public int Bytes { get; } = System.Text.Encoding.UTF8.GetByteCount(Html);

    public Uri? Url => Label.Url is null ? null : new Uri(Label.Url);

    /// <summary>Parses the page the way a search would: its URL (if any) and the caller's region.</summary>
    public HtmlPage Parse() => HtmlPage.Parse(Html, Url, Label.Region);
}
