using System.ComponentModel.DataAnnotations;

namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>OCR of phones drawn as images on detail pages. Bound from <c>LeadIntel:Browser:Ocr</c>.</summary>
public sealed class PageOcrOptions
{
    public const string Section = "LeadIntel:Browser:Ocr";

    /// <summary>Whether a job reads images on detail pages when it does not say (<c>BrowserJob.Ocr</c> null).</summary>
    public bool DetailPages { get; set; } = true;

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
