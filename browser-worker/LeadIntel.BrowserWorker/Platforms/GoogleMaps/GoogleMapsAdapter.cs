using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>
/// Google Maps: a search lists places in a lazily filled results feed; each place's panel has the
/// phone, website, address, hours and coordinates. Searches that hit the ~120 results cap are split
/// into smaller map views by <see cref="GoogleMapsParser"/>.
/// </summary>
public sealed class GoogleMapsAdapter(IOptions<GoogleMapsOptions> options) : IBrowserPlatformAdapter
{
    public const string Name = "google_maps";

    /// <summary>One result in the feed: the link that covers the card.</summary>
    internal const string ResultLink = "div[role='feed'] a.hfpxzc";

    /// <summary>The feed's "You've reached the end of the list."</summary>
    internal const string EndOfList = "div[role='feed'] span.HlvSq";

    private const string Ready = "div[role='feed'], div[role='main'] h1, .Q2vNVc, #captcha-form, [aria-modal='true']";

    private readonly GoogleMapsOptions _options = options.Value;

    public string Platform => Name;

    public PageRequest StartRequest(PlatformSearch search) =>
        new(GoogleMapsUrls.Search(_options.BaseUrl, search.Query, null, _options.Language), PageRequest.Search);

    public Task PrepareAsync(IBrowserContext context, CancellationToken ct) => Task.CompletedTask;

    public async Task<PageCapture> CaptureAsync(IPage page, PageRequest request, int wanted, CancellationToken ct)
    {
        var timeout = (float)_options.PageTimeout.TotalMilliseconds;
        await page.GotoAsync(request.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = timeout }).ConfigureAwait(false);
        try
        {
            await page.WaitForSelectorAsync(Ready, new PageWaitForSelectorOptions { Timeout = timeout }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Parse decides what this page is (a block page has none of the markers); nothing to scroll.
            return await SnapshotAsync(page).ConfigureAwait(false);
        }

        if (!request.IsDetail && await page.Locator("div[role='feed']").CountAsync().ConfigureAwait(false) > 0)
        {
            await InfiniteScroll.RunAsync(page, "div[role='feed']", ResultLink, EndOfList, Math.Min(wanted, _options.ResultsCap), _options.ScrollIdleTimeout, ct)
                .ConfigureAwait(false);
        }

        return await SnapshotAsync(page).ConfigureAwait(false);
    }

    public PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search) =>
        GoogleMapsParser.Parse(request, capture, search, _options);

    private static async Task<PageCapture> SnapshotAsync(IPage page)
    {
        var html = await page.ContentAsync().ConfigureAwait(false);
        var size = page.ViewportSize;
        return new PageCapture(new Uri(page.Url), html, size?.Width ?? 1280, size?.Height ?? 800);
    }
}
