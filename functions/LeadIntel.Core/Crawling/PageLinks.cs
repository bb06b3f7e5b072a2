using System.Text.RegularExpressions;
using AngleSharp.Dom;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// The links a crawl may follow from a page, resolved against <c>&lt;base href&gt;</c>: <c>a</c> and <c>area</c>
/// hrefs, plus what old small-business sites still use to move readers on: frames and meta refresh.
/// </summary>
public static partial class PageLinks
{
    public static IEnumerable<PageLink> Find(HtmlPage page)
    {
        var baseUrl = BaseUrl(page);
        foreach (var link in Embedded(page, baseUrl))
        {
            yield return link;
        }

        foreach (var element in page.Document.QuerySelectorAll("a[href], area[href]"))
        {
            var href = element.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || element.HasAttribute("download"))
            {
                continue;
            }

            if (Resolve(baseUrl, href) is { } url)
            {
                yield return new PageLink(url, Words(element));
            }
        }
    }

    private static IEnumerable<PageLink> Embedded(HtmlPage page, Uri? baseUrl)
    {
        var targets = page.Document.QuerySelectorAll("frame[src], iframe[src]").Select(f => f.GetAttribute("src")!)
            .Concat(page.Document.QuerySelectorAll("meta[http-equiv='refresh' i][content]")
                .Select(m => RefreshTarget().Match(m.GetAttribute("content")!))
                .Where(m => m.Success)
                .Select(m => m.Groups["url"].Value));
        foreach (var target in targets)
        {
            if (Resolve(baseUrl, target.Trim().Trim('\'', '"')) is { } url)
            {
                yield return new PageLink(url, string.Empty);
            }
        }
    }

    // content="0; url=/home" (also URL='...' and without the "url=" label).
    [GeneratedRegex(@"^\s*\d*(\.\d*)?\s*[;,]\s*(url\s*=\s*)?(?<url>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefreshTarget();

    /// <summary>The absolute http(s) URL <paramref name="href"/> points to, or null.</summary>
    private static Uri? Resolve(Uri? baseUrl, string href)
    {
        if (href.Length == 0)
        {
            return null;
        }

        var resolved = baseUrl is null ? Uri.TryCreate(href, UriKind.Absolute, out var url) : Uri.TryCreate(baseUrl, href, out url);
        return resolved && url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
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
