using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>
/// Reads Google Maps pages: the results feed (cards, each followed to its place page) and place
/// panels. Selectors lean on roles, aria-labels and <c>data-item-id</c>, which outlive Maps' class names.
/// </summary>
public static class GoogleMapsParser
{
    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsScripting = false });

    public static PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search, GoogleMapsOptions options)
    {
        var document = Html.ParseDocument(capture.Html);
        if (GoogleBlocks.Detect(capture.Url, document) is { } block)
        {
            return PlatformPage.Blocked(block);
        }

        return request.IsDetail || document.QuerySelector("div[role='feed']") is null && document.QuerySelector("div[role='main'] h1") is not null
            ? ParsePlace(capture, document, search)
            : ParseResults(request, capture, document, search, options);
    }

    private static PlatformPage ParseResults(PageRequest request, PageCapture capture, IDocument document, PlatformSearch search, GoogleMapsOptions options)
    {
        var listings = new List<PlatformListing>();
        var follow = new List<PageRequest>();
        foreach (var link in document.QuerySelectorAll("div[role='feed'] a.hfpxzc"))
        {
            var href = link.GetAttribute("href") ?? string.Empty;
            var id = GoogleMapsUrls.PlaceId(href);
            var name = link.GetAttribute("aria-label")?.Trim();
            if (id is null || string.IsNullOrEmpty(name))
            {
                continue;
            }

            var card = link.Closest(".Nv2PK") ?? link.ParentElement!;
            listings.Add(ParseCard(card, id, name, href, search));
            if (options.VisitPlaces)
            {
                follow.Add(new PageRequest(new Uri(href), PageRequest.Detail, id, request.Depth));
            }
        }

        // A feed that lists as many results as Maps ever shows may be hiding more: look closer.
        if (listings.Count >= options.ResultsCap && request.Depth < options.MaxGridDepth && MapViewport.FromUrl(capture.Url) is { } view)
        {
            var query = GoogleMapsUrls.Query(capture.Url) ?? search.Query;
            follow.AddRange(view.Split(capture.ViewportWidth, capture.ViewportHeight)
                .Select(cell => new PageRequest(GoogleMapsUrls.Search(options.BaseUrl, query, cell, options.Language), PageRequest.Search, null, request.Depth + 1)));
        }

        return new PlatformPage(listings, follow);
    }

    private static PlatformListing ParseCard(IElement card, string id, string name, string href, PlatformSearch search)
    {
        var coordinates = GoogleMapsUrls.Coordinates(href);
        var lines = card.QuerySelectorAll(".W4Efsd > .W4Efsd");
        var facts = lines.Length > 0
            ? lines[0].Children.Select(s => Text(s).Trim('·', ' ')).Where(t => t.Length > 0 && !t.Contains('♿')).ToList()
            : [];
        var phones = new List<PhoneHit>();
        if (card.QuerySelector(".UsdlK") is { } phone)
        {
            phones.Add(new PhoneHit(Text(phone), ExtractionLayers.VisibleText, ExtractionLayers.DefaultConfidence(ExtractionLayers.VisibleText), Text(card), Source: href));
        }

        var lead = new Lead
        {
            Platform = GoogleMapsAdapter.Name,
            Query = search.Query,
            Name = name,
            Url = href,
            Website = card.QuerySelector("a[data-value='Website']")?.GetAttribute("href"),
            Category = facts.ElementAtOrDefault(0),
            Address = facts.ElementAtOrDefault(1),
            Latitude = coordinates?.Latitude,
            Longitude = coordinates?.Longitude,
            Rating = Number(card.QuerySelector(".MW4etd")),
            ReviewsCount = Count(card.QuerySelector(".UY7F9")),
            Kind = "business",
        };
        return new PlatformListing(id, lead, phones, Complete: false);
    }

    private static PlatformPage ParsePlace(PageCapture capture, IDocument document, PlatformSearch search)
    {
        var url = capture.Url.ToString();
        var id = GoogleMapsUrls.PlaceId(url);
        var main = document.QuerySelector("div[role='main'][aria-label]");
        var name = Text(main?.QuerySelector("h1")) is { Length: > 0 } h1 ? h1 : main?.GetAttribute("aria-label");
        if (id is null || string.IsNullOrEmpty(name))
        {
            return new PlatformPage([], []);
        }

        var coordinates = GoogleMapsUrls.Coordinates(url);
        var phones = new List<PhoneHit>();
        foreach (var button in document.QuerySelectorAll("[data-item-id^='phone:tel:']"))
        {
            var context = Text(button);
            // The id holds the number in international form, the label the national one the user sees.
            phones.Add(new PhoneHit(button.GetAttribute("data-item-id")!["phone:tel:".Length..], ExtractionLayers.TelLink, ExtractionLayers.DefaultConfidence(ExtractionLayers.TelLink), context, Source: url));
            phones.Add(new PhoneHit(context, ExtractionLayers.VisibleText, ExtractionLayers.DefaultConfidence(ExtractionLayers.VisibleText), context, Source: url));
        }

        var lead = new Lead
        {
            Platform = GoogleMapsAdapter.Name,
            Query = search.Query,
            Name = name,
            Url = url,
            Website = document.QuerySelector("a[data-item-id='authority']")?.GetAttribute("href"),
            Category = Text(document.QuerySelector("button.DkEaL")) is { Length: > 0 } category ? category : null,
            Address = Label(document.QuerySelector("[data-item-id='address']"), "Address:"),
            Latitude = coordinates?.Latitude,
            Longitude = coordinates?.Longitude,
            Rating = Number(document.QuerySelector(".F7nice span[aria-hidden='true']")),
            ReviewsCount = Count(document.QuerySelectorAll(".F7nice [aria-label]").FirstOrDefault(e => e.GetAttribute("aria-label")!.Contains("review", StringComparison.OrdinalIgnoreCase))),
            Hours = Hours(document),
            Kind = "business",
        };
        return new PlatformPage([new PlatformListing(id, lead, phones, Complete: true)], []);
    }

    private static string? Hours(IDocument document)
    {
        var label = document.QuerySelector("[aria-label*='Monday'][aria-label*=';'], [aria-label*='Sunday'][aria-label*=';']")?.GetAttribute("aria-label");
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var cut = label.IndexOf(". Hide open hours", StringComparison.OrdinalIgnoreCase);
        return (cut >= 0 ? label[..cut] : label).Trim();
    }

    private static string? Label(IElement? element, string prefix)
    {
        var label = element?.GetAttribute("aria-label")?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            return element is null ? null : Text(element);
        }

        return label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? label[prefix.Length..].Trim() : label;
    }

    private static double? Number(IElement? element) =>
        double.TryParse(Text(element).Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Count(IElement? element)
    {
        var text = element?.GetAttribute("aria-label") ?? Text(element);
        var digits = new string(text.TakeWhile(c => !char.IsLetter(c)).Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string Text(IElement? element) => ContextSnippet.Clean(element?.TextContent);
}
