using LeadIntel.BrowserWorker.Crawling;
using LeadIntel.BrowserWorker.PagePhones;
using LeadIntel.BrowserWorker.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

internal static class Crawls
{
    public static PlatformCrawler Crawler() => new(LivePageLayers.CreateDefault(), new PhoneBoxLocator(), TimeProvider.System);

    public static async Task<CrawlResult> RunAsync(BrowserFixture browser, IBrowserPlatformAdapter adapter, string query, int max, ICrawlObserver? observer = null)
    {
        await using var lease = await browser.Pool.AcquireAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Crawler().RunAsync(adapter, new PlatformSearch(adapter.Platform, query, max, "CA"), lease, observer ?? NullCrawlObserver.Instance, timeout.Token);
    }
}
