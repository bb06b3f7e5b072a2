using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms.Twitter;

/// <summary>
/// Reads X people search timelines (user cells) and profile pages. Selectors lean on <c>data-testid</c>
/// and roles, which outlive X's generated class names. The login flow is a block.
/// </summary>
public static class TwitterParser
{
    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsScripting = false });

    public static PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search, bool visitProfiles, int currentYear)
    {
        var document = Html.ParseDocument(capture.Html);
        if (Block(capture.Url, document) is { } block)
        {
            return PlatformPage.Blocked(block);
        }

        return document.QuerySelector("[data-testid='UserName']") is { } userName
            ? ParseProfile(capture, document, userName, search, currentYear)
            : ParseTimeline(request, capture, document, search, visitProfiles);
    }

    /// <summary>A profile URL without query, lower-cased (handles are case-insensitive): the dedupe key of an account.</summary>
    public static string ProfileKey(Uri url) => url.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant();

    private static PlatformBlock? Block(Uri url, IDocument document)
    {
        var path = url.AbsolutePath;
        if (path.Contains("/account/access", StringComparison.Ordinal) || document.QuerySelector("iframe[src*='arkoselabs'], #arkose_iframe") is not null)
        {
            return PlatformBlock.Captcha(url.ToString());
        }

        if (path.Contains("/i/flow/login", StringComparison.Ordinal) || path.EndsWith("/login", StringComparison.Ordinal)
            || document.QuerySelector("[data-testid='LoginForm'], input[autocomplete='username']") is not null)
        {
            return PlatformBlock.Login(url.ToString());
        }

        return null;
    }

    private static PlatformPage ParseTimeline(PageRequest request, PageCapture capture, IDocument document, PlatformSearch search, bool visitProfiles)
    {
        var listings = new List<PlatformListing>();
        var follow = new List<PageRequest>();
        foreach (var cell in document.QuerySelectorAll("[data-testid='cellInnerDiv'] [data-testid='UserCell']"))
        {
            var (name, _) = NameAndHandle(cell);
            var href = cell.QuerySelector("a[href]")?.GetAttribute("href");
            if (href is null || name is null)
            {
                continue;
            }

            var key = ProfileKey(new Uri(capture.Url, href));
            var bio = cell.QuerySelectorAll("div[dir='auto']").FirstOrDefault(d => d.Closest("a") is null);
            var (phones, emails) = ContactText.Find(bio, capture.Url, search.Region);

            // No Kind yet: business or person shows on the profile (its professional category), not in the cell.
            var lead = new Lead
            {
                Platform = TwitterAdapter.Name,
                Query = search.Query,
                Name = name,
                Url = key,
                Description = NonEmpty(Text(bio)),
            };
            listings.Add(new PlatformListing(key, lead, phones, Complete: false, emails));
            if (visitProfiles)
            {
                follow.Add(new PageRequest(new Uri(key), PageRequest.Detail, key, request.Depth));
            }
        }

        return new PlatformPage(listings, follow);
    }

    private static PlatformPage ParseProfile(PageCapture capture, IDocument document, IElement userName, PlatformSearch search, int currentYear)
    {
        var key = ProfileKey(capture.Url);
        var (name, _) = NameAndHandle(userName);
        var bio = document.QuerySelector("[data-testid='UserDescription']");
        var category = NonEmpty(Text(document.QuerySelector("[data-testid='UserProfessionalCategory']")));
        var (phones, emails) = ContactText.Find(bio, capture.Url, search.Region);
        var lead = new Lead
        {
            Platform = TwitterAdapter.Name,
            Query = search.Query,
            Name = name ?? string.Empty,
            Url = key,
            Website = Website(document.QuerySelector("a[data-testid='UserUrl']")),
            Category = category,
            Address = NonEmpty(Text(document.QuerySelector("[data-testid='UserLocation']"))),
            Description = NonEmpty(Text(bio)),
            Kind = category is not null ? "business" : PersonClassifier.Classify(Text(bio), null, currentYear),
        };
        return new PlatformPage([new PlatformListing(key, lead, phones, Complete: true, emails)], []);
    }

    /// <summary>The display name and <c>@handle</c> of a user cell or profile header.</summary>
    private static (string? Name, string? Handle) NameAndHandle(IElement scope)
    {
        var texts = scope.QuerySelectorAll("div[dir='ltr']").Select(Text).Where(t => t.Length > 0).ToList();
        return (texts.FirstOrDefault(t => !t.StartsWith('@')), texts.FirstOrDefault(t => t.StartsWith('@')));
    }

    /// <summary>
    /// The website as shown: X wraps it in a t.co redirect but shows the real address, shortened with an
    /// ellipsis when long (then the t.co link is all there is).
    /// </summary>
    private static string? Website(IElement? link)
    {
        if (link is null)
        {
            return null;
        }

        var shown = Text(link);
        if (shown.Length > 0 && !shown.Contains('…') && Uri.TryCreate(shown.Contains("://", StringComparison.Ordinal) ? shown : "https://" + shown, UriKind.Absolute, out var site))
        {
            return site.ToString();
        }

        return link.GetAttribute("href");
    }

    private static string? NonEmpty(string text) => text.Length > 0 ? text : null;

    private static string Text(IElement? element) => ContextSnippet.Clean(element?.TextContent);
}
