using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LeadIntel.Core.Platforms.Directory;

/// <summary>Reads a directory search results page. Pure: HTML in, listings and the next page out.</summary>
public static class DirectorySearchParser
{
    // AngleSharp does not promise a parser is safe to share across threads, and adapters parse pages concurrently.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    /// <param name="url">The page's own URL, against which links resolve.</param>
    public static DirectorySearchPage Parse(string html, Uri url)
    {
        var document = Parser.Value!.ParseDocument(html);
        var listings = new List<DirectoryListing>();
        // Sponsored cards sell the slot to businesses outside the query: they are not results.
        foreach (var card in document.QuerySelectorAll("li.result-card:not(.sponsored)"))
        {
            var link = card.QuerySelector("a.biz-link[href]");
            if (link is null || !Uri.TryCreate(url, link.GetAttribute("href"), out var detailUrl))
            {
                continue;
            }

            listings.Add(new DirectoryListing(
                Text(link) ?? detailUrl.Segments[^1],
                detailUrl,
                Text(card.QuerySelector(".category")),
                Text(card.QuerySelector(".address")),
                Number(card.QuerySelector("[data-rating]")?.GetAttribute("data-rating")),
                Count(Text(card.QuerySelector(".review-count")))));
        }

        var next = document.QuerySelector("a[rel~='next'][href], link[rel~='next'][href]")?.GetAttribute("href");
        var nextUrl = next is not null && Uri.TryCreate(url, next, out var resolved) ? resolved : null;
        var total = Count(document.QuerySelector("[data-total]")?.GetAttribute("data-total"));
        return new DirectorySearchPage(listings, nextUrl, total);
    }

    internal static string? Text(IElement? element)
    {
        var text = element?.TextContent.Trim();
        return string.IsNullOrEmpty(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    internal static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The digits of a count such as <c>(1,204 reviews)</c>.</summary>
    internal static int? Count(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
