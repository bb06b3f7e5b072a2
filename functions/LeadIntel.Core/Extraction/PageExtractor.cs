using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// Runs the phone and email layers over one HTML page. Layers are ordered strongest first; the
/// aggregators normalize, dedupe and fuse what they find.
/// </summary>
public sealed class PageExtractor(IEnumerable<IPhoneLayer> phoneLayers, IEnumerable<IEmailLayer> emailLayers)
{
    private readonly IReadOnlyList<IPhoneLayer> _phoneLayers = phoneLayers.ToList();
    private readonly IReadOnlyList<IEmailLayer> _emailLayers = emailLayers.ToList();

    /// <summary>The standard HTML layers: tel_link, json_ld, visible_text for phones; mailto, json_ld, visible_text, obfuscated for emails.</summary>
    public static PageExtractor CreateDefault() => new(PhoneLayers.Html(), EmailLayers.Html());

    public ExtractionResult Extract(HtmlPage page)
    {
        var phones = new PhoneAggregator();
        var emails = new EmailAggregator();
        Collect(page, phones, emails);
        return new ExtractionResult(phones.Build(), emails.Build());
    }

    public ExtractionResult Extract(string html, Uri? url = null, string defaultRegion = "US") =>
        Extract(HtmlPage.Parse(html, url, defaultRegion));

    /// <summary>Adds this page's sightings to aggregators shared across pages (a crawl).</summary>
    public void Collect(HtmlPage page, PhoneAggregator phones, EmailAggregator emails)
    {
        phones.AddRange(FindPhones(page), page.Region);
        emails.AddRange(FindEmails(page));
    }

    /// <summary>Every layer's raw phone sightings on this page, strongest layer first (a crawl relabels them before aggregating).</summary>
    public IEnumerable<PhoneHit> FindPhones(HtmlPage page) => _phoneLayers.SelectMany(layer => layer.Find(page));

    /// <summary>Every layer's raw email sightings on this page, strongest layer first.</summary>
    public IEnumerable<EmailHit> FindEmails(HtmlPage page) => _emailLayers.SelectMany(layer => layer.Find(page));
}
