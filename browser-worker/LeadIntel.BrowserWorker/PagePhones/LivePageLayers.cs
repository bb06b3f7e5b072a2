using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>
/// Runs Core's phone layers over the live DOM (the rendered HTML, scripts' output included) and puts
/// the located boxes on the evidence that came from that page.
/// </summary>
public sealed class LivePageLayers(IReadOnlyList<IPhoneLayer> layers)
{
    public static LivePageLayers CreateDefault() => new(PhoneLayers.Html());

    /// <summary>Raw sightings of every layer on the rendered page.</summary>
    public IReadOnlyList<PhoneHit> Find(string html, Uri url, string region)
    {
        var page = HtmlPage.Parse(html, url, region);
        return layers.SelectMany(layer => layer.Find(page)).ToList();
    }

    /// <summary>The lead with <paramref name="boxes"/> (by E.164) set on evidence from <paramref name="pageUrl"/>.</summary>
    public static Lead WithBoxes(Lead lead, IReadOnlyDictionary<string, BoundingBox> boxes, string pageUrl)
    {
        if (boxes.Count == 0)
        {
            return lead;
        }

        var phones = lead.Phones.Select(phone => boxes.TryGetValue(phone.E164, out var box)
            ? phone with
            {
                Evidence = phone.Evidence
                    .Select(e => e.Box is null && (e.Source is null || e.Source == pageUrl) ? e with { Box = box } : e)
                    .ToList(),
            }
            : phone).ToList();
        return lead with { Phones = phones };
    }
}
