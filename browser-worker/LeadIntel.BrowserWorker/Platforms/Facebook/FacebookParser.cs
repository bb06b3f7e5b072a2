using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms.Facebook;

/// <summary>
/// Reads Facebook Pages search results and a Page's About → Contact and basic info, where each item is a
/// value over its label (Address, Mobile, Email, Website). Roles, <c>dir="auto"</c> and the labels' text
/// are what it leans on: Facebook's class names are generated.
/// </summary>
public static class FacebookParser
{
    private const string CategoryPrefix = "Page · ";

    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsScripting = false });

    public static PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search, bool visitPages)
    {
        var document = Html.ParseDocument(capture.Html);
        if (Block(capture.Url, document) is { } block)
        {
            return PlatformPage.Blocked(block);
        }

        return document.QuerySelector("div[role='feed']") is null && document.QuerySelector("div[role='main'] h1") is { } name
            ? ParsePage(capture, document, name, search)
            : ParseResults(request, capture, document, search, visitPages);
    }

    /// <summary>The Page's home URL (<c>.../slug/</c>) from any of its URLs: the dedupe key of a Page.</summary>
    public static string PageKey(Uri url)
    {
        var path = url.AbsolutePath;
        var about = path.IndexOf("/about", StringComparison.Ordinal);
        return url.GetLeftPart(UriPartial.Authority) + (about >= 0 ? path[..about] : path.TrimEnd('/')) + "/";
    }

    /// <summary>The About tab that lists the Page's contact info.</summary>
    public static Uri ContactInfoUrl(string pageKey) => new(pageKey + "about_contact_and_basic_info");

    private static PlatformBlock? Block(Uri url, IDocument document)
    {
        // The adapter declines optional cookies; a dialog still in the capture would not go away.
        if (document.QuerySelector(FacebookAdapter.ConsentDialog) is not null)
        {
            return PlatformBlock.Consent(url.ToString());
        }

        if (url.AbsolutePath.Contains("/checkpoint/", StringComparison.Ordinal))
        {
            return PlatformBlock.Captcha(url.ToString());
        }

        if (url.AbsolutePath.Contains("/login", StringComparison.Ordinal) || document.QuerySelector("#login_form, div[role='dialog'] input[name='pass']") is not null)
        {
            return PlatformBlock.Login(url.ToString());
        }

        return null;
    }

    private static PlatformPage ParseResults(PageRequest request, PageCapture capture, IDocument document, PlatformSearch search, bool visitPages)
    {
        var listings = new List<PlatformListing>();
        var follow = new List<PageRequest>();
        foreach (var article in document.QuerySelectorAll(FacebookAdapter.Result))
        {
            var link = article.QuerySelector("h2 a[href]");
            var name = Text(link);
            if (link is null || name.Length == 0)
            {
                continue;
            }

            var key = PageKey(new Uri(capture.Url, link.GetAttribute("href")!));
            var lines = article.QuerySelectorAll("span[dir='auto']").Select(Text).ToList();
            var facts = lines.FirstOrDefault(l => l.StartsWith(CategoryPrefix, StringComparison.Ordinal))?[CategoryPrefix.Length..].Split(" · ");
            var lead = new Lead
            {
                Platform = FacebookAdapter.Name,
                Query = search.Query,
                Name = name,
                Url = key,
                Category = facts?.ElementAtOrDefault(0),
                Address = facts?.ElementAtOrDefault(1),
                Description = lines.LastOrDefault(l => !l.StartsWith(CategoryPrefix, StringComparison.Ordinal) && !l.EndsWith(" followers", StringComparison.Ordinal)),
                Kind = "business",
            };
            listings.Add(new PlatformListing(key, lead, [], Complete: false));
            if (visitPages)
            {
                follow.Add(new PageRequest(ContactInfoUrl(key), PageRequest.Detail, key, request.Depth));
            }
        }

        return new PlatformPage(listings, follow);
    }

    private static PlatformPage ParsePage(PageCapture capture, IDocument document, IElement name, PlatformSearch search)
    {
        var key = PageKey(capture.Url);
        var source = capture.Url.ToString();
        var phones = new List<PhoneHit>();
        var emails = new List<EmailHit>();
        foreach (var value in Values(document, "Mobile", "Phone"))
        {
            phones.Add(new PhoneHit(Text(value), ExtractionLayers.VisibleText, ExtractionLayers.DefaultConfidence(ExtractionLayers.VisibleText), Text(value.ParentElement), Source: source));
        }

        foreach (var value in Values(document, "Email"))
        {
            emails.Add(new EmailHit(Text(value), ExtractionLayers.VisibleText, ExtractionLayers.DefaultConfidence(ExtractionLayers.VisibleText), Text(value.ParentElement), source));
        }

        var intro = Values(document, "Intro").FirstOrDefault();
        var (introPhones, introEmails) = ContactText.Find(intro, capture.Url, search.Region);
        var category = document.QuerySelectorAll("div[role='main'] span[dir='auto']").Select(Text).FirstOrDefault(t => t.StartsWith(CategoryPrefix, StringComparison.Ordinal));
        var lead = new Lead
        {
            Platform = FacebookAdapter.Name,
            Query = search.Query,
            Name = Text(name),
            Url = key,
            Website = Values(document, "Website").Select(Website).FirstOrDefault(w => w is not null),
            Category = category?[CategoryPrefix.Length..],
            Address = Values(document, "Address").Select(Text).FirstOrDefault(),
            Description = intro is null ? null : Text(intro),
            Kind = "business",
        };
        return new PlatformPage([new PlatformListing(key, lead, [.. phones, .. introPhones], Complete: true, [.. emails, .. introEmails])], []);
    }

    /// <summary>The values shown over one of <paramref name="labels"/>: each item's <c>span[dir=auto]</c>, found from its label upwards.</summary>
    private static IEnumerable<IElement> Values(IDocument document, params string[] labels)
    {
        foreach (var label in document.QuerySelectorAll("div[role='main'] span:not([dir])").Where(s => labels.Contains(Text(s), StringComparer.Ordinal)))
        {
            var item = label.ParentElement;
            while (item is not null && item.QuerySelector("span[dir='auto']") is null)
            {
                item = item.ParentElement;
            }

            if (item?.QuerySelector("span[dir='auto']") is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>The site behind Facebook's <c>l.facebook.com/l.php?u=</c> redirect, else the shown address.</summary>
    private static string? Website(IElement value)
    {
        var href = value.Closest("a[href]")?.GetAttribute("href");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var link) && link.AbsolutePath == "/l.php"
            && System.Web.HttpUtility.ParseQueryString(link.Query)["u"] is { Length: > 0 } target)
        {
            return target;
        }

        var shown = Text(value);
        return Uri.TryCreate(shown.Contains("://", StringComparison.Ordinal) ? shown : "https://" + shown, UriKind.Absolute, out var site) ? site.ToString() : null;
    }

    private static string Text(IElement? element) => ContextSnippet.Clean(element?.TextContent);
}
