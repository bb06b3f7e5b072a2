using System.Collections.Concurrent;
using LeadIntel.Core.Crawling.Robots;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Visits one frontier URL: robots.txt check, fetch, redirect hops (each checked again), then parse,
/// extract and collect links. Runs concurrently with other visits; shares only thread-safe parts.
/// </summary>
internal sealed class PageVisitor(
    PageFetcher fetcher,
    RobotsCache robots,
    HostThrottle throttle,
    CrawlFrontier frontier,
    SiteScope scope,
    PageExtractor extractor,
    CrawlOptions options,
    string defaultRegion)
{
    private readonly ConcurrentDictionary<string, byte> _tooSlowHosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<PageVisit> VisitAsync(CrawlTarget target, CancellationToken ct)
    {
        try
        {
            return await FollowAsync(target, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One malformed page must not sink the crawl: the failure is reported like any other.
            return new PageVisit(target) { Error = new CrawlError(target.Url.ToString(), $"failed: {ex.Message}") };
        }
    }

    private async Task<PageVisit> FollowAsync(CrawlTarget target, CancellationToken ct)
    {
        var isStart = target.Depth == 0;
        var url = target.Url;
        for (var hop = 0; ; hop++)
        {
            var rules = await robots.GetAsync(url, ct);
            if (rules.CrawlDelay is { } crawlDelay)
            {
                throttle.RaiseDelay(url, crawlDelay < options.MaxCrawlDelay ? crawlDelay : options.MaxCrawlDelay);
                if (crawlDelay > options.MaxCrawlDelay && !isStart)
                {
                    return TooSlow(target, url, crawlDelay);
                }
            }

            if (!rules.IsAllowed(url))
            {
                return new PageVisit(target) { RobotsDenied = url.ToString() };
            }

            var fetch = await fetcher.GetPageAsync(url, ct);
            var page = new CrawledPage(fetch.Url.ToString(), fetch.Status, target.Depth, fetch.ContentType);
            if (!scope.Contains(fetch.Url))
            {
                // Only when the HttpClient followed redirects itself: the content belongs to another site.
                return Failed(target, page, $"redirected off-site to {fetch.Url}");
            }

            switch (fetch.Outcome)
            {
                case FetchOutcome.Ok:
                    return Read(target, page, fetch);
                case FetchOutcome.NotHtml:
                    return new PageVisit(target) { Page = page };
                case FetchOutcome.Redirect:
                    var next = CanonicalUrl.Normalize(fetch.RedirectTo!);
                    if (next is null)
                    {
                        return Failed(target, page, $"redirects to a non-web URL {fetch.RedirectTo}");
                    }

                    if (isStart)
                    {
                        // The lead's website may move for good (brand.com → brand.co.uk): that is the site to crawl.
                        scope.Add(next);
                    }
                    else if (!scope.Contains(next))
                    {
                        return Failed(target, page, $"redirects off-site to {next}");
                    }

                    if (hop >= options.MaxRedirects)
                    {
                        return Failed(target, page, $"more than {options.MaxRedirects} redirects");
                    }

                    // A redirect to a page queued or fetched already ends here; its own visit covers it.
                    if (CanonicalUrl.DedupeKey(next) != CanonicalUrl.DedupeKey(url) && !frontier.MarkSeen(next))
                    {
                        return new PageVisit(target) { Page = page };
                    }

                    url = next;
                    continue;
                default:
                    return Failed(target, page, fetch.Error ?? $"http {fetch.Status}");
            }
        }
    }

    private PageVisit Read(CrawlTarget target, CrawledPage page, FetchResult fetch)
    {
        var html = HtmlPage.Parse(fetch.Text!, fetch.Url, defaultRegion);
        var phones = extractor.FindPhones(html);
        var emails = extractor.FindEmails(html);
        if (target.Depth > 0)
        {
            phones = phones.Select(hit => CrawlEvidence.FromCrawledPage(hit, page.Url));
            emails = emails.Select(hit => CrawlEvidence.FromCrawledPage(hit, page.Url));
        }

        return new PageVisit(target)
        {
            Page = page,
            NeedsBrowser = ClientRenderedPage.Detect(html),
            Region = html.Region,
            Phones = phones.ToList(),
            Emails = emails.ToList(),
            Links = PageLinks.Find(html).ToList(),
        };
    }

    // Reported once per host; the other pages of that host are left out quietly.
    private PageVisit TooSlow(CrawlTarget target, Uri url, TimeSpan crawlDelay)
    {
        if (!_tooSlowHosts.TryAdd(url.IdnHost, 0))
        {
            return new PageVisit(target);
        }

        var robotsUrl = url.GetLeftPart(UriPartial.Authority) + "/robots.txt";
        var message = $"robots.txt Crawl-delay {crawlDelay.TotalSeconds:0.#} s exceeds the {options.MaxCrawlDelay.TotalSeconds:0.#} s limit: only the start page is fetched";
        return new PageVisit(target) { Error = new CrawlError(robotsUrl, message) };
    }

    private static PageVisit Failed(CrawlTarget target, CrawledPage page, string message) =>
        new(target) { Page = page, Error = new CrawlError(page.Url, message) };
}
