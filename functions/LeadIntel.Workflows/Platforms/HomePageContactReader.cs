using LeadIntel.Core.Extraction;

namespace LeadIntel.Workflows.Platforms;

/// <summary>
/// Reads contacts from a site's home page with the Core page extractor. Stands in for the Core website
/// crawler until it lands; the registration in <c>AddLeadIntelWorkflows</c> is the one line to switch.
/// </summary>
public sealed class HomePageContactReader(HttpClient http) : ISiteContactReader
{
    private readonly PageExtractor _extractor = PageExtractor.CreateDefault();

    public async Task<SiteContacts> ReadAsync(Uri site, string region, CancellationToken ct)
    {
        using var response = await http.GetAsync(site, ct);
        if ((int)response.StatusCode is 404 or 410 or 401 or 403)
        {
            throw new ListingException($"{site}: http {(int)response.StatusCode}");
        }

        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync(ct);
        var page = HtmlPage.Parse(html, response.RequestMessage?.RequestUri ?? site, region);
        var result = _extractor.Extract(page);
        return new SiteContacts(site.AbsoluteUri, SiteTitle(page), result.Phones, result.Emails);
    }

    /// <summary>The site's own name: og:site_name, else the title's first segment ("Acme Dental | Home").</summary>
    private static string? SiteTitle(HtmlPage page)
    {
        var siteName = page.Document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            return siteName.Trim();
        }

        var title = page.Document.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        var cut = title.IndexOfAny(['|', '–', '—']);
        return (cut > 0 ? title[..cut] : title).Trim();
    }
}
