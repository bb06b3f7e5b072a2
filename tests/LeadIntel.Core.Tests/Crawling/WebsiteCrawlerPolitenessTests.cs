using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class WebsiteCrawlerPolitenessTests
{
    private static async Task<CrawlResult> CrawlAsync(LoopbackSite site, SteppingClock clock, CrawlOptions options)
    {
        using var http = CrawlHttp.CreateClient();
        return await new WebsiteCrawler(http, options, time: clock).CrawlAsync(site.BaseUrl, "CA");
    }

    private static List<TimeSpan> Gaps(IReadOnlyList<SiteHit> hits) => hits.Zip(hits.Skip(1), (a, b) => b.At - a.At).ToList();

    [Fact]
    public async Task Robots_disallow_is_obeyed_and_robots_txt_is_fetched_once()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock);
        var result = await CrawlAsync(site, clock, new CrawlOptions { MaxConcurrencyPerHost = 2, MaxDepth = 2, MaxPages = 100 });

        Assert.DoesNotContain(site.PageHits, p => p.StartsWith("/private", StringComparison.Ordinal));
        Assert.Equal([site.Url("/private/ledger").ToString()], result.RobotsDenied);
        Assert.DoesNotContain(result.Phones, p => p.E164 == BakerySite.PrivatePhone);
        Assert.Single(site.Hits, h => h.PathAndQuery == "/robots.txt");
        Assert.Equal("/robots.txt", site.Hits[0].PathAndQuery);
    }

    [Fact]
    public async Task Requests_to_a_host_are_spaced_by_the_configured_delay()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock);
        await CrawlAsync(site, clock, new CrawlOptions { DelayPerHost = TimeSpan.FromSeconds(1.5), MaxConcurrencyPerHost = 1, MaxPages = 6 });

        var hits = site.Hits;
        Assert.Equal(7, hits.Count); // robots.txt and six pages
        Assert.All(Gaps(hits), gap => Assert.True(gap >= TimeSpan.FromSeconds(1.5), $"gap {gap}"));
        Assert.True(clock.Waits.Count >= 6);
    }

    [Fact]
    public async Task A_longer_robots_crawl_delay_wins_over_the_configured_delay()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock, "User-agent: *\nCrawl-delay: 4\n");
        await CrawlAsync(site, clock, new CrawlOptions { DelayPerHost = TimeSpan.FromSeconds(1), MaxConcurrencyPerHost = 1, MaxPages = 4 });

        var gaps = Gaps(site.Hits);
        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromSeconds(4), $"gap {gap}"));
    }

    [Fact]
    public async Task A_crawl_delay_past_the_limit_leaves_only_the_start_page()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock, "User-agent: *\nCrawl-delay: 3600\n");
        var result = await CrawlAsync(site, clock, new CrawlOptions { MaxCrawlDelay = TimeSpan.FromSeconds(20), MaxPages = 10 });

        Assert.Equal(["/"], site.PageHits);
        Assert.Equal(TimeSpan.FromSeconds(20), Gaps(site.Hits).Single());
        var tooSlow = Assert.Single(result.Errors);
        Assert.Equal(site.Url("/robots.txt").ToString(), tooSlow.Url);
        Assert.Contains("Crawl-delay 3600 s exceeds", tooSlow.Message);
    }

    [Fact]
    public async Task Our_own_robots_group_is_obeyed_over_the_star_group()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock, "User-agent: *\nDisallow: /\n\nUser-agent: LeadIntel\nDisallow: /blog/\n");
        var result = await CrawlAsync(site, clock, new CrawlOptions { MaxDepth = 1, MaxPages = 100, DelayPerHost = TimeSpan.Zero });

        Assert.Contains("/contact", site.PageHits);
        Assert.DoesNotContain(site.PageHits, p => p.StartsWith("/blog/", StringComparison.Ordinal));
        Assert.Equal(20, result.RobotsDenied.Count(u => u.Contains("/blog/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Missing_robots_txt_allows_everything()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock);
        site.Pages.TryRemove("/robots.txt", out _);
        var result = await CrawlAsync(site, clock, new CrawlOptions { MaxDepth = 1, MaxPages = 100, DelayPerHost = TimeSpan.Zero });

        Assert.Contains("/private/ledger", site.PageHits);
        Assert.Empty(result.RobotsDenied);
    }

    [Fact]
    public async Task Robots_txt_server_errors_mean_complete_disallow()
    {
        var clock = new SteppingClock();
        await using var site = await BakerySite.StartAsync(clock);
        site.Add("/robots.txt", new SiteResponse(503, "text/plain", "down"));
        var result = await CrawlAsync(site, clock, new CrawlOptions { MaxRetries = 1 });

        Assert.Empty(site.PageHits);
        Assert.Equal(2, site.Hits.Count(h => h.PathAndQuery == "/robots.txt")); // one retry
        Assert.Equal([site.BaseUrl.ToString()], result.RobotsDenied);
        Assert.Contains(result.Errors, e => e.Message.Contains("assuming complete disallow", StringComparison.Ordinal));
        Assert.Empty(result.Pages);
    }
}
