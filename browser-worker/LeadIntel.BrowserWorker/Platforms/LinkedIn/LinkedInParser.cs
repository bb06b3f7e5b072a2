using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms.LinkedIn;

/// <summary>Reads LinkedIn search result pages and public profiles; the auth wall, login and challenge pages are blocks.</summary>
public static class LinkedInParser
{
    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsScripting = false });

    public static PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search, bool visitProfiles, int currentYear)
    {
        var document = Html.ParseDocument(capture.Html);
        if (Block(capture.Url, document) is { } block)
        {
            return PlatformPage.Blocked(block);
        }

        return document.QuerySelector(".top-card-layout__title") is not null
            ? ParseProfile(capture, document, search, currentYear)
            : ParseResults(request, capture, document, search, visitProfiles, currentYear);
    }

    /// <summary>The profile URL without tracking parameters: the dedupe key of a person.</summary>
    public static string ProfileKey(string href)
    {
        var uri = new Uri(href);
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
    }

    private static PlatformBlock? Block(Uri url, IDocument document)
    {
        var path = url.AbsolutePath;
        if (path.Contains("/checkpoint/challenge", StringComparison.Ordinal) || document.QuerySelector("#captcha-internal, iframe[src*='captcha']") is not null)
        {
            return PlatformBlock.Captcha(url.ToString());
        }

        if (path.Contains("/authwall", StringComparison.Ordinal) || path.EndsWith("/login", StringComparison.Ordinal) || path.Contains("/uas/login", StringComparison.Ordinal)
            || document.QuerySelector(".authwall-join-form__form, form.login__form") is not null)
        {
            return PlatformBlock.Login(url.ToString());
        }

        return null;
    }

    private static PlatformPage ParseResults(PageRequest request, PageCapture capture, IDocument document, PlatformSearch search, bool visitProfiles, int currentYear)
    {
        var listings = new List<PlatformListing>();
        var follow = new List<PageRequest>();
        foreach (var item in document.QuerySelectorAll("li.reusable-search__result-container"))
        {
            var link = item.QuerySelector(".entity-result__title-text a[href]");
            var name = Text(link?.QuerySelector("span[aria-hidden='true']") ?? link);
            if (link is null || name.Length == 0)
            {
                continue;
            }

            var key = ProfileKey(new Uri(capture.Url, link.GetAttribute("href")!).ToString());
            var headline = Text(item.QuerySelector(".entity-result__primary-subtitle"));
            var lead = new Lead
            {
                Platform = LinkedInAdapter.Name,
                Query = search.Query,
                Name = name,
                Url = key,
                Description = headline.Length > 0 ? headline : null,
                Address = Text(item.QuerySelector(".entity-result__secondary-subtitle")) is { Length: > 0 } location ? location : null,
                Kind = PersonClassifier.Classify(headline, null, currentYear),
            };
            listings.Add(new PlatformListing(key, lead, [], Complete: false));
            if (visitProfiles)
            {
                follow.Add(new PageRequest(new Uri(key), PageRequest.Detail, key, request.Depth));
            }
        }

        if (document.QuerySelector("a.artdeco-pagination__button--next[href]") is { } next)
        {
            follow.Add(new PageRequest(new Uri(capture.Url, next.GetAttribute("href")!), PageRequest.Search, null, request.Depth));
        }

        return new PlatformPage(listings, follow);
    }

    private static PlatformPage ParseProfile(PageCapture capture, IDocument document, PlatformSearch search, int currentYear)
    {
        var key = ProfileKey(capture.Url.ToString());
        var headline = Text(document.QuerySelector(".top-card-layout__headline"));
        var school = document.QuerySelector(".education__list-item");
        var years = Text(school?.QuerySelector(".date-range"));
        var lead = new Lead
        {
            Platform = LinkedInAdapter.Name,
            Query = search.Query,
            Name = Text(document.QuerySelector(".top-card-layout__title")),
            Url = key,
            Description = headline.Length > 0 ? headline : null,
            Address = Text(document.QuerySelector("div.top-card__subline-item")) is { Length: > 0 } location ? location : null,
            School = Text(school?.QuerySelector(".education__item--school-name")) is { Length: > 0 } name ? name : null,
            FieldOfStudy = Text(school?.QuerySelector(".education__item--field-of-study")) is { Length: > 0 } field ? field : null,
            Kind = PersonClassifier.Classify(headline, years, currentYear),
        };
        return new PlatformPage([new PlatformListing(key, lead, [], Complete: true)], []);
    }

    private static string Text(IElement? element) => ContextSnippet.Clean(element?.TextContent);
}
