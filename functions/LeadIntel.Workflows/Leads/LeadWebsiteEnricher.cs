using LeadIntel.Core.Model;
using LeadIntel.Workflows.Platforms;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// Adds the contacts of a listing's business website to its lead. Evidence found there is relabelled
/// <see cref="ExtractionLayers.WebsiteCrawl"/> with that layer's confidence and the page as its source,
/// then fused with what the listing itself showed. A website that cannot be read leaves the lead as it was.
/// </summary>
public sealed class LeadWebsiteEnricher(ISiteContactReader sites)
{
    public async Task<Lead> EnrichAsync(Lead lead, string region, CancellationToken ct)
    {
        if (lead.Platform == PlatformNames.Website || lead.Website is null || SiteUrl.TryParse(lead.Website) is not { } url)
        {
            return lead;
        }

        SiteContacts site;
        try
        {
            site = await sites.ReadAsync(url, region, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or ListingException or TaskCanceledException)
        {
            return lead;
        }

        var confidence = ExtractionLayers.DefaultConfidence(ExtractionLayers.WebsiteCrawl);
        var phones = site.Phones.Select(p => p with
        {
            Evidence = p.Evidence.Select(e => e with { Layer = ExtractionLayers.WebsiteCrawl, Confidence = confidence, Source = e.Source ?? site.Url }).ToList(),
        });
        var emails = site.Emails.Select(m => m with
        {
            Evidence = m.Evidence.Select(e => e with { Layer = ExtractionLayers.WebsiteCrawl, Confidence = confidence, Source = e.Source ?? site.Url }).ToList(),
        });
        return lead with
        {
            Phones = ContactMerge.Phones(lead.Phones.Concat(phones)),
            Emails = ContactMerge.Emails(lead.Emails.Concat(emails)),
        };
    }
}
