using AngleSharp.Dom;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>The links a crawl may follow from a page: <c>a</c> and <c>area</c> hrefs, resolved against <c>&lt;base href&gt;</c>.</summary>
public static class PageLinks
{
    public static IEnumerable<PageLink> Find(HtmlPage page)
    {
        var baseUrl = BaseUrl(page);
        foreach (var element in page.Document.QuerySelectorAll("a[href], area[href]"))
        {
            var href = element.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || element.HasAttribute("download"))
            {
                continue;
            }

            Uri? url;
            var resolved = baseUrl is null ? Uri.TryCreate(href, UriKind.Absolute, out url) : Uri.TryCreate(baseUrl, href, out url);
            if (resolved && url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                yield return new PageLink(url, Words(element));
            }
        }
    }

    private static Uri? BaseUrl(HtmlPage page)
    {
        var href = page.Document.QuerySelector("base[href]")?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            return page.Url;
        }

        return page.Url is null
            ? Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(page.Url, href, out var relative) ? relative : page.Url;
    }

    // Icon links carry their meaning in title, aria-label or an image's alt text.
    private static string Words(IElement link)
    {
        var parts = new[]
        {
            link.TextContent,
            link.GetAttribute("title"),
            link.GetAttribute("aria-label"),
            link.QuerySelector("img[alt]")?.GetAttribute("alt"),
        };
        return ContextSnippet.Clean(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }
}
