using LeadIntel.Core.Crawling;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Tests.Crawling;

public class WebsiteCrawlerTests
{
    private static CrawlOptions Options(int maxPages = 100, int maxDepth = 2) => new()
    {
        MaxPages = maxPages,
        MaxDepth = maxDepth,
        MaxConcurrencyPerHost = 1,
        DelayPerHost = TimeSpan.FromMilliseconds(100),
    };

    private static async Task<CrawlResult> CrawlAsync(LoopbackSite site, CrawlOptions options, string path = "/")
    {
        using var http = CrawlHttp.CreateClient();
        return await new WebsiteCrawler(http, options, time: new SteppingClock()).CrawlAsync(site.Url(path), "CA");
    }

    [Fact]
    public async Task Contact_and_company_pages_come_first_and_crawled_hits_are_website_crawl_evidence()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxPages: 4));

        // /contact is the last link on the home page; /team is two hops away but "team" outranks blog posts.
        Assert.Equal(["/", "/contact", "/about", "/team"], site.PageHits);

        var contact = Assert.Single(result.Phones, p => p.E164 == BakerySite.ContactPhone);
        var evidence = Assert.Single(contact.Evidence);
        Assert.Equal(ExtractionLayers.WebsiteCrawl, evidence.Layer);
        Assert.Equal(0.60, evidence.Confidence);
        Assert.Equal(site.Url("/contact").ToString(), evidence.Source);
        Assert.Equal("tel_link: Orders desk", evidence.Context);

        // The start page's own hits keep their layer.
        var home = Assert.Single(result.Phones, p => p.E164 == BakerySite.HomePhone);
        Assert.Equal(ExtractionLayers.TelLink, Assert.Single(home.Evidence).Layer);
        Assert.True(home.Confidence > contact.Confidence);

        var email = Assert.Single(result.Emails, e => e.Address == BakerySite.ContactEmail);
        Assert.Equal(ExtractionLayers.WebsiteCrawl, Assert.Single(email.Evidence).Layer);
        Assert.Contains(result.Emails, e => e.Address == "hello@acme-bakery.ca" && e.Evidence[0].Layer == ExtractionLayers.Mailto);
    }

    [Fact]
    public async Task Stops_at_max_pages()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxPages: 5, maxDepth: 3));

        Assert.Equal(5, site.PageHits.Count);
        Assert.Equal(5, result.Pages.Count);
    }

    [Fact]
    public async Task Stops_at_max_depth()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxDepth: 1));

        Assert.DoesNotContain("/team", site.PageHits);
        Assert.DoesNotContain(site.PageHits, p => p.EndsWith("/comments", StringComparison.Ordinal));
        Assert.Contains("/blog/20", site.PageHits);
        Assert.All(result.Pages, p => Assert.InRange(p.Depth, 0, 1));
    }

    [Fact]
    public async Task Max_depth_zero_fetches_the_start_page_only()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxDepth: 0));

        Assert.Equal(["/"], site.PageHits);
        Assert.Equal(BakerySite.HomePhone, Assert.Single(result.Phones).E164);
    }

    [Fact]
    public async Task Skips_non_html_off_site_and_non_web_links()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxDepth: 1));

        Assert.DoesNotContain("/menu.pdf", site.PageHits); // by extension: never requested
        Assert.DoesNotContain("/offsite", site.PageHits); // localhost is another host than 127.0.0.1
        Assert.DoesNotContain(site.PageHits, p => p.Contains("javascript", StringComparison.OrdinalIgnoreCase) || p.Contains("mailto", StringComparison.Ordinal));
        Assert.Single(site.PageHits, p => p == "/contact"); // "#form" dropped, fetched once

        // By Content-Type: requested, not parsed, not an error.
        var pdf = Assert.Single(result.Pages, p => p.Url.EndsWith("/price-list", StringComparison.Ordinal));
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Reports_javascript_only_pages_as_needing_a_browser()
    {
        await using var site = await BakerySite.StartAsync();
        var result = await CrawlAsync(site, Options(maxDepth: 1));

        Assert.Equal([site.Url("/app").ToString()], result.NeedsBrowser);
    }

    [Fact]
    public async Task Follows_a_start_redirect_and_records_where_it_landed()
    {
        await using var site = await BakerySite.StartAsync();
        site.Add("/old-home", SiteResponse.Redirect("/"));
        var result = await CrawlAsync(site, Options(maxPages: 2), "/old-home");

        Assert.Equal(["/old-home", "/", "/contact"], site.PageHits);
        Assert.Equal(site.Url("/").ToString(), result.Pages[0].Url);
        Assert.Contains(result.Phones, p => p.E164 == BakerySite.HomePhone && p.Evidence[0].Layer == ExtractionLayers.TelLink);
    }

    [Fact]
    public async Task Does_not_follow_a_redirect_off_the_site()
    {
        await using var site = await BakerySite.StartAsync();
        site.Add("/contact", SiteResponse.Redirect(site.OtherHostUrl + "elsewhere", 302));
        var result = await CrawlAsync(site, Options(maxDepth: 1));

        Assert.DoesNotContain("/elsewhere", site.PageHits);
        Assert.Contains(result.Errors, e => e.Url == site.Url("/contact").ToString() && e.Message.StartsWith("redirects off-site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Skips_responses_over_max_bytes()
    {
        await using var site = await BakerySite.StartAsync();
        site.Add("/contact", SiteResponse.Html(new string(' ', 5000) + $"<a href='tel:{BakerySite.ContactPhone}'>x</a>"));
        var result = await CrawlAsync(site, new CrawlOptions { MaxBytes = 4000, MaxDepth = 1, MaxPages = 2, DelayPerHost = TimeSpan.Zero });

        Assert.DoesNotContain(result.Phones, p => p.E164 == BakerySite.ContactPhone);
        Assert.Contains(result.Errors, e => e.Url.EndsWith("/contact", StringComparison.Ordinal) && e.Message.StartsWith("larger than 4000 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retries_a_transient_failure_once()
    {
        await using var site = await BakerySite.StartAsync();
        site.Pages["/contact"] = call => call == 0
            ? new SiteResponse(503, "text/plain", "busy", new Dictionary<string, string> { ["Retry-After"] = "3" })
            : SiteResponse.Html($"<a href='tel:{BakerySite.ContactPhone}'>Orders</a>");
        var result = await CrawlAsync(site, Options(maxPages: 2));

        Assert.Equal(2, site.PageHits.Count(p => p == "/contact"));
        Assert.Contains(result.Phones, p => p.E164 == BakerySite.ContactPhone);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_failing_page_is_an_error_not_an_exception()
    {
        await using var site = await BakerySite.StartAsync();
        site.Pages.TryRemove("/about", out _);
        var result = await CrawlAsync(site, Options(maxPages: 3));

        var missing = Assert.Single(result.Errors);
        Assert.Equal(site.Url("/about").ToString(), missing.Url);
        Assert.StartsWith("http 404", missing.Message);
        Assert.Contains(result.Pages, p => p.Url == missing.Url && p.Status == 404);
    }

    [Fact]
    public async Task Sends_the_configured_user_agent()
    {
        await using var site = await BakerySite.StartAsync();
        await CrawlAsync(site, Options(maxPages: 2));

        Assert.All(site.Hits, h => Assert.Equal(CrawlOptions.DefaultUserAgent, h.UserAgent));
    }
}
