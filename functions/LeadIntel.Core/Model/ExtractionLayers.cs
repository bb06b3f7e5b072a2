namespace LeadIntel.Core.Model;

/// <summary>Names and default confidences of the extraction layers (the seed's figures).</summary>
public static class ExtractionLayers
{
    public const string TelLink = "tel_link";
    public const string JsonLd = "json_ld";
    public const string VisibleText = "visible_text";
    public const string WebsiteCrawl = "website_crawl";
    public const string Ocr = "ocr";
    public const string Mailto = "mailto";
    public const string Obfuscated = "obfuscated";

    public static double DefaultConfidence(string layer) => layer switch
    {
        TelLink => 0.95,
        Mailto => 0.95,
        JsonLd => 0.90,
        VisibleText => 0.70,
        WebsiteCrawl => 0.60,
        Obfuscated => 0.60,
        Ocr => 0.50,
        _ => 0.50,
    };
}
