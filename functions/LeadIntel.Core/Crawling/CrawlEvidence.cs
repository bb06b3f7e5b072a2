using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Relabels sightings from pages other than the start page as <c>website_crawl</c>: a number on
/// /contact is the business's with a little less certainty than one on the page the lead points to.
/// Confidence is capped at the layer's 0.60 (a weaker original layer keeps its lower figure), the
/// source is the page URL, and the context keeps the original layer as a prefix ("tel_link: Call us").
/// </summary>
public static class CrawlEvidence
{
    public static double Confidence { get; } = ExtractionLayers.DefaultConfidence(ExtractionLayers.WebsiteCrawl);

    public static PhoneHit FromCrawledPage(PhoneHit hit, string pageUrl) => hit with
    {
        Layer = ExtractionLayers.WebsiteCrawl,
        Confidence = Math.Min(hit.Confidence, Confidence),
        Context = Prefixed(hit.Layer, hit.Context),
        Source = pageUrl,
    };

    public static EmailHit FromCrawledPage(EmailHit hit, string pageUrl) => hit with
    {
        Layer = ExtractionLayers.WebsiteCrawl,
        Confidence = Math.Min(hit.Confidence, Confidence),
        Context = Prefixed(hit.Layer, hit.Context),
        Source = pageUrl,
    };

    private static string Prefixed(string layer, string context) => ContextSnippet.Clean($"{layer}: {context}");
}
