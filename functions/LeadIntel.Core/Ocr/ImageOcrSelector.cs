using System.Globalization;
using AngleSharp.Dom;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Ocr;

/// <summary>
/// Picks the few images on a page worth OCR for contact data: named or described as phone, contact,
/// hotline..., inside contact blocks or call links, or wide banners in headers and footers. Logos,
/// avatars, icons, tracking pixels and SVGs are skipped; an image with no hint is never picked.
/// Pure: reads the DOM only, fetches nothing.
/// </summary>
public sealed class ImageOcrSelector(int maxImages = 5)
{
    /// <summary>The score an image needs: one strong hint (4), or three weak signals together (1 each).</summary>
    internal const int Threshold = 3;

    /// <summary>Longest data: URI accepted (base64 of ~1.5 MB).</summary>
    internal const int MaxDataUriLength = 2_000_000;

    private static readonly string[] LazySourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "src"];
    private static readonly string[] VectorExtensions = [".svg", ".svgz", ".ico"];
    private static readonly string[] TrackerHosts = ["doubleclick.net", "google-analytics.com", "googletagmanager.com", "facebook.com", "bat.bing.com", "analytics.", "pixel.", "stats."];

    /// <summary>Absolute image URLs (http, https, file or data:image), best first, at most <c>maxImages</c>.</summary>
    /// <param name="fallbackBase">Resolves relative sources when the page has no URL, e.g. the HTML file's own <c>file:</c> URI.</param>
    public IReadOnlyList<Uri> Select(HtmlPage page, Uri? fallbackBase = null)
    {
        var baseUri = BaseOf(page.Document, page.Url ?? fallbackBase);
        var picked = new List<(Uri Url, int Score, int Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var image in page.Document.QuerySelectorAll("img"))
        {
            order++;
            var url = SourceOf(image, baseUri);
            if (url is null || !seen.Add(url.AbsoluteUri))
            {
                continue;
            }

            if (Score(image, url) is { } score && score >= Threshold)
            {
                picked.Add((url, score, order));
            }
        }

        return picked.OrderByDescending(p => p.Score).ThenBy(p => p.Order).Take(maxImages).Select(p => p.Url).ToList();
    }

    /// <summary>
    /// Whether an element drawn as an image is worth OCR by the same rules as <see cref="Select"/>: its own words,
    /// size and surroundings. For a live page's <c>&lt;canvas&gt;</c> (no <paramref name="source"/>) or an element
    /// with a background image (its URL as <paramref name="source"/>) as well as an <c>&lt;img&gt;</c>.
    /// </summary>
    public static bool IsWorthReading(IElement element, Uri? source) => Score(element, source) >= Threshold;

    /// <summary>How strongly an image suggests contact data; null when it must be skipped.</summary>
    internal static int? Score(IElement image, Uri? url)
    {
        if (url is not null && IsVectorOrTracker(url))
        {
            return null;
        }

        var width = Dimension(image, "width");
        var height = Dimension(image, "height");
        if (IsTooSmallOrIcon(width, height))
        {
            return null;
        }

        var fileName = url is null || url.Scheme == "data" ? string.Empty : Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? string.Empty);
        var own = ImageHints.Read(string.Join(' ', fileName, image.GetAttribute("alt"), image.GetAttribute("title"), image.ClassName, image.Id));
        if (own.Skip)
        {
            return null;
        }

        var score = own.Score;
        if (ImageHints.HasPhoneLikeDigits(image.GetAttribute("alt") ?? string.Empty) || ImageHints.HasPhoneLikeDigits(image.GetAttribute("title") ?? string.Empty))
        {
            score += ImageHint.StrongScore;
        }

        var context = ContextScore(image);
        if (context is null)
        {
            return null;
        }

        score += context.Value;
        if (width is > 0 && height is > 0)
        {
            // Text lines are wide; phone numbers as images and contact banners usually are.
            score += width >= 3 * height ? 1 : 0;
            // A big photo rarely carries a readable number.
            score -= (long)width * height > 2_000_000 ? 1 : 0;
        }

        return score;
    }

    /// <summary>What the surrounding markup says: call links, contact blocks, headers and footers; null inside a logo or social block.</summary>
    private static int? ContextScore(IElement image)
    {
        int strong = 0, weak = 0, depth = 0;
        for (var element = image.ParentElement; element is not null && depth < 4; element = element.ParentElement, depth++)
        {
            var href = element.LocalName == "a" ? element.GetAttribute("href") ?? string.Empty : string.Empty;
            if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.Contains("wa.me/", StringComparison.OrdinalIgnoreCase))
            {
                strong = ImageHint.StrongScore;
            }

            var hint = ImageHints.Read(string.Join(' ', element.ClassName, element.Id));
            if (hint.Skip)
            {
                // Only the image's own wrappers make it a logo; a page-wide wrapper class says little.
                if (depth < 2)
                {
                    return null;
                }

                continue;
            }

            // The image's own wrapper ("<span class=phone>") speaks for it; a wider contact block counts a little less.
            strong = Math.Max(strong, !hint.Strong ? 0 : depth < 2 ? ImageHint.StrongScore : ImageHint.StrongScore - 1);
            weak = Math.Max(weak, hint.Weak || element.LocalName is "header" or "footer" or "address" ? ImageHint.WeakScore : 0);
        }

        return strong + weak;
    }

    private static bool IsTooSmallOrIcon(int? width, int? height)
    {
        if (width is <= 2 || height is <= 2)
        {
            return true; // tracking pixel
        }

        if (height is < 10 || width is < 30)
        {
            return true; // no room for a legible number
        }

        // Small squares are icons and avatars.
        return width is <= 64 && height is <= 64 && Math.Abs(width.Value - height.Value) <= Math.Max(width.Value, height.Value) / 4;
    }

    private static bool IsVectorOrTracker(Uri url)
    {
        if (url.Scheme == "data")
        {
            return !url.OriginalString.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                || url.OriginalString.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase)
                || url.OriginalString.Length > MaxDataUriLength;
        }

        var path = url.AbsolutePath;
        if (VectorExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var host = url.Host.ToLowerInvariant();
        return TrackerHosts.Any(t => t.EndsWith('.') ? host.StartsWith(t, StringComparison.Ordinal) : host == t || host.EndsWith("." + t, StringComparison.Ordinal));
    }

    private static Uri? SourceOf(IElement image, Uri? baseUri)
    {
        foreach (var attribute in LazySourceAttributes)
        {
            var value = image.GetAttribute(attribute)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            // Lazy loaders put a tiny data: placeholder in src and the real image in data-src.
            if (attribute == "src" && value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && value.Length < 200)
            {
                continue;
            }

            if (TryAbsolute(value, out var absolute))
            {
                return absolute.Scheme is "http" or "https" or "data" or "file" ? absolute : null;
            }

            if (baseUri is not null && Uri.TryCreate(baseUri, value, out var resolved) && resolved.Scheme is "http" or "https" or "file")
            {
                return resolved;
            }

            return null;
        }

        return null;
    }

    private static Uri? BaseOf(IDocument document, Uri? pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(href))
        {
            return pageUrl;
        }

        return TryAbsolute(href, out var absolute) ? absolute
            : pageUrl is not null && Uri.TryCreate(pageUrl, href, out var resolved) ? resolved
            : pageUrl;
    }

    /// <summary>An absolute URL; "/img/a.png" is relative here, although .NET on Unix reads it as a file path.</summary>
    private static bool TryAbsolute(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return !value.StartsWith('/') && !value.StartsWith('\\') && Uri.TryCreate(value, UriKind.Absolute, out uri);
    }

    private static int? Dimension(IElement image, string name)
    {
        var value = image.GetAttribute(name)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var digits = value.TakeWhile(char.IsAsciiDigit).Count();
        // "100%" or "auto" say nothing about pixels.
        return digits > 0 && !value.EndsWith('%') && int.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) ? pixels : null;
    }
}
