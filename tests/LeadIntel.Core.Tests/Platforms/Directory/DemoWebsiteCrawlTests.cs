using LeadIntel.Core.Crawling;
using LeadIntel.Core.Platforms;
using LeadIntel.Core.Platforms.Directory;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Core.Tests.Platforms.Directory;

/// <summary>The directory and the website crawl together: what one hides, the other finds.</summary>
public class DemoWebsiteCrawlTests(DemoDirectoryServerFixture server) : IClassFixture<DemoDirectoryServerFixture>
{
    [Fact]
    public async Task A_phone_shown_only_as_an_image_is_recovered_from_the_business_website()
    {
        var b = DemoDirectory.Businesses.First(x => x is { PhoneStyle: PhoneStyle.Image, WebsiteTelLink: true, EmailStyle: EmailStyle.Mailto });
        using var http = new HttpClient();
        var detail = new PlatformJob("directory", PlatformJobLabels.Detail, new Uri(server.BaseUrl, $"biz/{b.Slug}").ToString(), "q", "US");

        var lead = Assert.Single((await new DirectoryAdapter(http, server.BaseUrl).RunAsync(detail, DateTimeOffset.UnixEpoch)).Leads);
        Assert.Empty(lead.Phones);

        using var crawlHttp = CrawlHttp.CreateClient();
        var crawl = await new WebsiteCrawler(crawlHttp, new CrawlOptions { DelayPerHost = TimeSpan.Zero }).CrawlAsync(new Uri(lead.Website!), "US");

        Assert.Contains(crawl.Phones, p => p.E164 == b.Phone.E164);
        Assert.Contains(crawl.Emails, e => e.Address == b.Email);
        // The site's links stay on the site: the crawl never wanders into the directory around it.
        Assert.All(crawl.Pages, p => Assert.StartsWith(lead.Website!, p.Url, StringComparison.Ordinal));
        Assert.Contains(crawl.Pages, p => p.Url.EndsWith("/contact", StringComparison.Ordinal));
    }
}
