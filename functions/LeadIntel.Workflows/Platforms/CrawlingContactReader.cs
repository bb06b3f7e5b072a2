using LeadIntel.Core.Crawling;
using Microsoft.Extensions.Options;
using LeadIntel.Workflows.Activities;

namespace LeadIntel.Workflows.Platforms;

/// <summary>
/// Reads a business website's contacts with the Core <see cref="WebsiteCrawler"/> (contact and about pages
/// first, robots.txt obeyed). A crawl is cut at <see cref="ActivityOptions.SiteReadTimeout"/> so the
/// activity around it stays inside the engine's visibility timeout.
/// </summary>
public sealed class CrawlingContactReader(WebsiteCrawler crawler, IOptions<ActivityOptions> options) : ISiteContactReader
{
    public async Task<SiteContacts> ReadAsync(Uri site, string region, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.SiteReadTimeout);
        CrawlResult result;
        try
        {
            result = await crawler.CrawlAsync(site, region, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ListingException($"{site}: crawl timed out after {options.Value.SiteReadTimeout.TotalSeconds:0} s");
        }

        // A site none of whose pages answered is not a lead (unreachable, gone, or all blocked).
        if (!result.Pages.Any(p => p.Status is >= 200 and < 300))
        {
            throw new ListingException($"{site}: {result.Errors.FirstOrDefault()?.Message ?? "no page could be fetched"}");
        }

        return new SiteContacts(site.AbsoluteUri, null, result.Phones, result.Emails);
    }
}
