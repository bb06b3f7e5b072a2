using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Platforms.Directory;

/// <summary>
/// Reads a directory detail page into a <see cref="Lead"/>. Pure: the caller supplies the clock.
/// Facts come from JSON-LD first and the visible HTML second. Phones and emails are extracted from the listing's own
/// block (<c>article.biz-detail</c>) plus the page's JSON-LD, never from the sidebar or footer, where other
/// businesses' numbers and the directory's advertising line live.
/// </summary>
public static class DirectoryDetailParser
{
    public const string Platform = "directory";

    // AngleSharp does not promise a parser is safe to share across threads, and adapters parse pages concurrently.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    /// <param name="url">The detail page's URL (the lead's <c>url</c>; links resolve against it).</param>
    /// <param name="region">The campaign's default region; the page's JSON-LD address country refines it.</param>
    /// <param name="extractor">The phone and email layers; <see cref="PageExtractor.CreateDefault"/> when null.</param>
    public static Lead Parse(string html, Uri url, string query, string region, DateTimeOffset foundAt, PageExtractor? extractor = null)
    {
        var document = Parser.Value!.ParseDocument(html);
        var ld = LocalBusinessJsonLd.Find(document);
        var listing = document.QuerySelector("article.biz-detail") ?? document.Body ?? document.DocumentElement;
        var scoped = ScopedPage(document, listing, url, region);
        var contacts = (extractor ?? PageExtractor.CreateDefault()).Extract(scoped);

        var map = listing.QuerySelector("[data-lat][data-lng]");
        return new Lead
        {
            Platform = Platform,
            Query = query,
            Name = DirectorySearchParser.Text(listing.QuerySelector("h1")) ?? ld?.Name ?? DirectorySearchParser.Text(document.QuerySelector("title")) ?? url.ToString(),
            Url = url.ToString(),
            Website = Website(listing, ld, url),
            Phones = contacts.Phones,
            Emails = contacts.Emails,
            Category = DirectorySearchParser.Text(listing.QuerySelector(".category")) ?? ld?.Type,
            Address = DirectorySearchParser.Text(listing.QuerySelector("address")) ?? ld?.Address,
            Latitude = ld?.Latitude ?? DirectorySearchParser.Number(map?.GetAttribute("data-lat")),
            Longitude = ld?.Longitude ?? DirectorySearchParser.Number(map?.GetAttribute("data-lng")),
            Rating = ld?.Rating ?? DirectorySearchParser.Number(listing.QuerySelector("[data-rating]")?.GetAttribute("data-rating")),
            ReviewsCount = ld?.ReviewsCount ?? DirectorySearchParser.Count(DirectorySearchParser.Text(listing.QuerySelector(".review-count"))),
            Hours = ld is { OpeningHours.Count: > 0 } ? string.Join("; ", ld.OpeningHours) : HoursTable(listing),
            Description = DirectorySearchParser.Text(listing.QuerySelector(".description")),
            Kind = "business",
            FoundAt = foundAt,
        };
    }

    // The listing block with the page's JSON-LD and language, so region detection still sees the address country.
    private static HtmlPage ScopedPage(IDocument document, IElement listing, Uri url, string region)
    {
        var html = new StringBuilder();
        html.Append("<html lang=\"").Append(document.DocumentElement.GetAttribute("lang") ?? string.Empty).Append("\"><head>");
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            html.Append(script.OuterHtml);
        }

        html.Append("</head><body>").Append(listing.OuterHtml).Append("</body></html>");
        return HtmlPage.Parse(html.ToString(), url, region);
    }

    private static string? Website(IElement listing, LocalBusinessJsonLd? ld, Uri pageUrl)
    {
        var href = listing.QuerySelector("a.biz-website[href]")?.GetAttribute("href") ?? ld?.Url;
        return href is not null && Uri.TryCreate(pageUrl, href, out var website) && website != pageUrl && website.Scheme is "http" or "https"
            ? website.ToString()
            : null;
    }

    private static string? HoursTable(IElement listing)
    {
        var rows = listing.QuerySelectorAll("table.hours tr")
            .Select(row => DirectorySearchParser.Text(row))
            .OfType<string>()
            .ToList();
        return rows.Count == 0 ? null : string.Join("; ", rows);
    }
}
