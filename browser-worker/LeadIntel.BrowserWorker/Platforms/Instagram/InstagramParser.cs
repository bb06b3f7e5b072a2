using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms.Instagram;

/// <summary>
/// Reads Instagram account search results and profiles. A profile's fields come from the JSON the page
/// embeds (the profile query result: <c>full_name</c>, <c>biography</c>, <c>business_email</c>,
/// <c>business_phone_number</c>, <c>business_address_json</c>, ...), with the drawn header and the
/// "Contact" sheet's tel:/mailto: links as the visible evidence. The login page is a block.
/// </summary>
public static class InstagramParser
{
    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsScripting = false });

    public static PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search, bool visitProfiles)
    {
        var document = Html.ParseDocument(capture.Html);
        if (Block(capture.Url, document) is { } block)
        {
            return PlatformPage.Blocked(block);
        }

        return document.QuerySelector("main header h2") is not null
            ? ParseProfile(capture, document, search)
            : ParseResults(request, capture, document, search, visitProfiles);
    }

    /// <summary>The profile URL (<c>.../username/</c>, lower-cased): the dedupe key of an account.</summary>
    public static string ProfileKey(Uri url) => url.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant() + "/";

    private static PlatformBlock? Block(Uri url, IDocument document)
    {
        if (url.AbsolutePath.Contains("/challenge/", StringComparison.Ordinal))
        {
            return PlatformBlock.Captcha(url.ToString());
        }

        return url.AbsolutePath.Contains("/accounts/login", StringComparison.Ordinal) || document.QuerySelector("#loginForm, input[name='password']") is not null
            ? PlatformBlock.Login(url.ToString())
            : null;
    }

    private static PlatformPage ParseResults(PageRequest request, PageCapture capture, IDocument document, PlatformSearch search, bool visitProfiles)
    {
        var listings = new List<PlatformListing>();
        var follow = new List<PageRequest>();
        foreach (var link in document.QuerySelectorAll(InstagramAdapter.Result))
        {
            var lines = link.QuerySelectorAll("span[dir='auto']").Select(Text).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var key = ProfileKey(new Uri(capture.Url, link.GetAttribute("href")!));
            var fullName = lines.ElementAtOrDefault(1)?.Split(" • ")[0];
            var lead = new Lead
            {
                Platform = InstagramAdapter.Name,
                Query = search.Query,
                Name = string.IsNullOrEmpty(fullName) ? lines[0] : fullName,
                Url = key,
            };
            listings.Add(new PlatformListing(key, lead, [], Complete: false));
            if (visitProfiles)
            {
                follow.Add(new PageRequest(new Uri(key), PageRequest.Detail, key, request.Depth));
            }
        }

        return new PlatformPage(listings, follow);
    }

    private static PlatformPage ParseProfile(PageCapture capture, IDocument document, PlatformSearch search)
    {
        var key = ProfileKey(capture.Url);
        var source = capture.Url.ToString();
        var username = Text(document.QuerySelector("main header h2"));
        var user = EmbeddedUser(document, username);
        var bio = document.QuerySelector("main header h1");
        var (phones, emails) = ContactText.Find(bio, capture.Url, search.Region);
        var phoneHits = phones.ToList();
        var emailHits = emails.ToList();
        var sheet = document.QuerySelector("div[role='dialog'][aria-label='Contact']");
        foreach (var tel in sheet?.QuerySelectorAll("a[href^='tel:']") ?? Enumerable.Empty<IElement>())
        {
            phoneHits.Add(new PhoneHit(tel.GetAttribute("href")!["tel:".Length..], ExtractionLayers.TelLink, ExtractionLayers.DefaultConfidence(ExtractionLayers.TelLink), "Contact: Call", Source: source));
        }

        foreach (var mail in sheet?.QuerySelectorAll("a[href^='mailto:']") ?? Enumerable.Empty<IElement>())
        {
            emailHits.Add(new EmailHit(mail.GetAttribute("href")!["mailto:".Length..], ExtractionLayers.Mailto, ExtractionLayers.DefaultConfidence(ExtractionLayers.Mailto), "Contact: Email", source));
        }

        // The embedded profile data is structured, set by the business itself: evidence of the json_ld kind.
        var json = ExtractionLayers.JsonLd;
        if (Field(user, "business_phone_number") is { Length: > 0 } phone)
        {
            phoneHits.Add(new PhoneHit(phone, json, ExtractionLayers.DefaultConfidence(json), "business_phone_number", Source: source));
        }

        if (Field(user, "business_email") is { Length: > 0 } email)
        {
            emailHits.Add(new EmailHit(email, json, ExtractionLayers.DefaultConfidence(json), "business_email", source));
        }

        var category = Field(user, "business_category_name") ?? Field(user, "category_name") ?? NonEmpty(Text(document.QuerySelector("main header div[dir='auto']")));
        var lead = new Lead
        {
            Platform = InstagramAdapter.Name,
            Query = search.Query,
            Name = Field(user, "full_name") ?? NonEmpty(Text(document.QuerySelector("main header span[dir='auto']"))) ?? username,
            Url = key,
            Website = Field(user, "external_url") ?? Website(document.QuerySelector("main header a[href*='l.instagram.com']")),
            Category = category,
            Address = Address(Field(user, "business_address_json")),
            Description = Field(user, "biography") ?? NonEmpty(Text(bio)),
            Kind = user is { } u && u.TryGetProperty("is_business_account", out var business) && business.ValueKind == JsonValueKind.True || category is not null ? "business" : "person",
        };
        return new PlatformPage([new PlatformListing(key, lead, phoneHits, Complete: true, emailHits)], []);
    }

    /// <summary>The user object with this username anywhere in the page's embedded JSON, or null.</summary>
    private static JsonElement? EmbeddedUser(IDocument document, string username)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, username) is { } user)
                {
                    return user.Clone();
                }
            }
            catch (JsonException)
            {
                // Not every embedded blob is JSON worth reading.
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement element, string username)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("username", out var name) && name.ValueKind == JsonValueKind.String
                && string.Equals(name.GetString(), username, StringComparison.OrdinalIgnoreCase) && element.TryGetProperty("full_name", out _))
            {
                return element;
            }

            return element.EnumerateObject().Select(p => Find(p.Value, username)).FirstOrDefault(found => found is not null);
        }

        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => Find(e, username)).FirstOrDefault(found => found is not null) : null;
    }

    private static string? Field(JsonElement? user, string name) =>
        user is { } u && u.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()!.Trim()) : null;

    /// <summary><c>business_address_json</c> is itself a JSON string: <c>{"street_address":..,"city_name":..,"zip_code":..}</c>.</summary>
    private static string? Address(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var address = JsonDocument.Parse(json);
            var root = address.RootElement;
            string? Part(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()!.Trim()) : null;
            var street = Part("street_address");
            var place = string.Join(' ', new[] { Part("city_name"), Part("zip_code") }.Where(p => p is not null));
            return NonEmpty(string.Join(", ", new[] { street, NonEmpty(place) }.Where(p => p is not null)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The site behind Instagram's <c>l.instagram.com/?u=</c> redirect.</summary>
    private static string? Website(IElement? link) =>
        link?.GetAttribute("href") is { } href && Uri.TryCreate(href, UriKind.Absolute, out var uri)
            ? System.Web.HttpUtility.ParseQueryString(uri.Query)["u"]
            : null;

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Text(IElement? element) => ContextSnippet.Clean(element?.TextContent);
}
