using System.ComponentModel.DataAnnotations;

namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>OCR of phones drawn as images on detail pages. Bound from <c>LeadIntel:Browser:Ocr</c>.</summary>
public sealed class PageOcrOptions
{
    public const string Section = "LeadIntel:Browser:Ocr";

    /// <summary>
    /// Platforms whose jobs read images on detail pages when they do not say (<c>BrowserJob.Ocr</c> null): Google
    /// Maps, where a place page with no such image costs one page script.
    /// </summary>
    public List<string> DefaultPlatforms { get; set; } = ["google_maps"];

    /// <summary>Whether a job on <paramref name="platform"/> reads images: as it asked, else the platform's default.</summary>
    public bool ReadsImages(string platform, bool? asked) => asked ?? DefaultPlatforms.Contains(platform, StringComparer.Ordinal);

    /// <summary>Images read per page at most, best candidates first.</summary>
    [Range(1, 50)]
    public int MaxImages { get; set; } = 5;

    /// <summary>Elements looked at per page at most (each costs a style lookup in the page).</summary>
    [Range(100, 100_000)]
    public int MaxElements { get; set; } = 5000;

    /// <summary>Tesseract engines (each runs one image at a time on one core).</summary>
    [Range(1, 16)]
    public int MaxEngines { get; set; } = 1;
}
