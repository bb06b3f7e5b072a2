using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LeadIntel.Core.Extraction;

/// <summary>A parsed HTML document with what layers need to know about it: its URL and its region.</summary>
public sealed class HtmlPage
{
    // AngleSharp does not promise a parser is safe to share across threads, and crawls parse concurrently.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    private string? _visibleText;

    private HtmlPage(IDocument document, Uri? url, string defaultRegion)
    {
        Document = document;
        Url = url;
        DefaultRegion = defaultRegion;
        Region = PageRegion.Detect(document, url, defaultRegion);
    }

    public IDocument Document { get; }

    public Uri? Url { get; }

    /// <summary>The caller's region (campaign location).</summary>
    public string DefaultRegion { get; }

    /// <summary>The region used to parse national numbers: the caller's, refined by the page's own signals.</summary>
    public string Region { get; }

    /// <summary>The text a person sees (see <see cref="VisibleTextReader"/>), read once and shared by the layers.</summary>
    public string VisibleText => _visibleText ??= VisibleTextReader.Read(Document);

    public static HtmlPage Parse(string html, Uri? url = null, string defaultRegion = "US") =>
        new(Parser.Value!.ParseDocument(html), url, defaultRegion.ToUpperInvariant());
}
