using System.Text.Json;
using AngleSharp.Html.Parser;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;
using LeadIntel.Core.Ocr;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>
/// Phones drawn as images on the live page: the images, canvases and background images that Core's image
/// selector finds worth reading are screenshotted where they are drawn, read with Core's OCR engine and phone
/// scanner, and each phone comes back as an <c>ocr</c> sighting boxed over its words in document CSS px and
/// normalized to the viewport (so the live overlay highlights the text in the image).
/// </summary>
public sealed partial class PageImageOcr(OcrEnginePool engines, IOptions<PageOcrOptions> options, ILogger<PageImageOcr> log)
{
    private static readonly string FindScript = PageScripts.Load("find-phone-images.js");
    private static readonly string DescribeScript = PageScripts.Load("describe-phone-images.js");
    private static readonly HtmlParser Skeletons = new();
    private readonly OcrPhoneReader _reader = new(engines);
    private readonly PageOcrOptions _options = options.Value;

    /// <summary>OCR sightings on the page as it is now; an image that cannot be read is skipped.</summary>
    public async Task<IReadOnlyList<PhoneHit>> FindAsync(IPage page, string region, CancellationToken ct)
    {
        await using var found = await page.EvaluateHandleAsync(FindScript, _options.MaxElements).ConfigureAwait(false);
        var described = await found.EvaluateAsync<JsonElement>(DescribeScript).ConfigureAwait(false);
        var picked = Pick(described).Take(_options.MaxImages).ToList();
        var hits = new List<PhoneHit>();
        foreach (var index in picked)
        {
            ct.ThrowIfCancellationRequested();
            var element = (await found.GetPropertyAsync(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false)).AsElement();
            if (element is null)
            {
                continue;
            }

            try
            {
                hits.AddRange(await ReadAsync(element, region, ct).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or OcrException)
            {
                // One element that went away or an image Tesseract cannot read must not sink the page.
                LogUnreadable(page.Url, ex.Message.Split('\n')[0]);
            }
        }

        return hits;
    }

    /// <summary>Indexes of the described elements Core's image selector finds worth reading, in page order.</summary>
    internal static IEnumerable<int> Pick(JsonElement described)
    {
        var index = 0;
        foreach (var item in described.EnumerateArray())
        {
            var html = item.GetProperty("html").GetString() ?? string.Empty;
            var source = item.GetProperty("source").GetString();
            var document = Skeletons.ParseDocument("<body>" + html + "</body>");
            if (document.QuerySelector("[data-candidate]") is { } element
                && ImageOcrSelector.IsWorthReading(element, source is not null && Uri.TryCreate(source, UriKind.Absolute, out var url) ? url : null))
            {
                yield return index;
            }

            index++;
        }
    }

    /// <summary>Maps a box in the screenshot of an element to the page: document CSS px and fractions of the viewport.</summary>
    internal static BoundingBox ToPage(BoundingBox inImage, int imageWidth, int imageHeight, ElementPlace place)
    {
        var sx = imageWidth > 0 ? place.Width / imageWidth : 1;
        var sy = imageHeight > 0 ? place.Height / imageHeight : 1;
        var x = place.X + inImage.X * sx;
        var y = place.Y + inImage.Y * sy;
        var w = inImage.Width * sx;
        var h = inImage.Height * sy;
        return new BoundingBox(x + place.ScrollX, y + place.ScrollY, w, h, x / place.ViewportWidth, y / place.ViewportHeight, w / place.ViewportWidth, h / place.ViewportHeight);
    }

    private async Task<IEnumerable<PhoneHit>> ReadAsync(IElementHandle element, string region, CancellationToken ct)
    {
        // The screenshot scrolls the element into view if needed: where it sits is read afterwards.
        var png = await element.ScreenshotAsync(new ElementHandleScreenshotOptions { Type = ScreenshotType.Png, Timeout = 5000 }).ConfigureAwait(false);
        var p = await element.EvaluateAsync<JsonElement>(
            "e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.width, r.height, window.scrollX, window.scrollY, window.innerWidth, window.innerHeight]; }")
            .ConfigureAwait(false);
        double At(int i) => p[i].GetDouble();
        var place = new ElementPlace(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7));
        // Tesseract blocks its thread for tens to hundreds of ms: not on the caller's.
        var result = await Task.Run(() => engines.RecognizeAsync(png, ct), ct).ConfigureAwait(false);
        return _reader.Find(result, region)
            .Where(hit => hit.Box is not null)
            .Select(hit => hit with { Box = ToPage(hit.Box!, result.ImageWidth, result.ImageHeight, place) })
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "An image on {Url} could not be read: {Reason}")]
    private partial void LogUnreadable(string url, string reason);
}
