using LeadIntel.Core.Crawling.Robots;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// A polite HTTP crawler for one business website, built to find contact data: it starts at the lead's
/// URL, stays on that site, fetches contact, legal-notice and about pages first, obeys robots.txt
/// (RFC 9309) and per-host delays, and runs the page extractor on every HTML page. No browser: pages that
/// need JavaScript are reported in <see cref="CrawlResult.NeedsBrowser"/> for a browser job.
/// </summary>
/// <remarks>
/// Give it an HttpClient that does not follow redirects (<see cref="CrawlHttp.CreateClient"/>) so every hop
/// is checked against the site and robots.txt; with one that does, off-site final URLs are still discarded.
/// One instance may run several crawls, one after another or at once; each crawl has its own state.
/// </remarks>
public sealed class WebsiteCrawler
{
    private readonly HttpClient _http;
    private readonly CrawlOptions _options;
    private readonly PageExtractor _extractor;
    private readonly TimeProvider _time;

    public WebsiteCrawler(HttpClient http, CrawlOptions? options = null, PageExtractor? extractor = null, TimeProvider? time = null)
    {
        _http = http;
        _options = options ?? new CrawlOptions();
        _options.Validate();
        _extractor = extractor ?? PageExtractor.CreateDefault();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Crawls the site of <paramref name="start"/>; failures of single pages come back in the result, not as exceptions.</summary>
    /// <param name="start">An http(s) URL, usually the website a lead lists.</param>
    /// <param name="defaultRegion">The campaign's region for national-format numbers (pages may refine it).</param>
    /// <exception cref="ArgumentException">The start URL is not http(s).</exception>
    public async Task<CrawlResult> CrawlAsync(Uri start, string defaultRegion = "US", CancellationToken ct = default)
    {
        var startUrl = CanonicalUrl.Normalize(start) ?? throw new ArgumentException($"not an http(s) URL: {start}", nameof(start));
        var throttle = new HostThrottle(_options.MaxConcurrencyPerHost, _options.DelayPerHost, _time);
        var fetcher = new PageFetcher(_http, _options, throttle, _time);
        var robots = new RobotsCache(fetcher, _options.RobotsToken, _options.MaxRedirects);
        var frontier = new CrawlFrontier();
        var scope = new SiteScope(startUrl);
        var visitor = new PageVisitor(fetcher, robots, throttle, frontier, scope, _extractor, _options, defaultRegion.ToUpperInvariant());
        return await new CrawlRun(_options, visitor, frontier, scope).ExecuteAsync(startUrl, robots.Problems, ct);
    }
}
