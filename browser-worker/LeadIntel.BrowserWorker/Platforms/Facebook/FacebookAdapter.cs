using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.Facebook;

/// <summary>
/// Facebook Pages: a Pages search (a feed that grows as the window scrolls, until "End of results") and
/// each Page's About → Contact and basic info. The EU cookie dialog is dismissed by declining optional
/// cookies; only a dialog that will not go away is <c>blocked: consent required</c>. The login page and
/// the "See more on Facebook" wall are <c>blocked: login required</c>.
/// </summary>
public sealed class FacebookAdapter(IOptions<FacebookOptions> options) : IBrowserPlatformAdapter
{
    public const string Name = "facebook";

    /// <summary>One search result.</summary>
    internal const string Result = "div[role='feed'] div[role='article']";

    /// <summary>The cookie dialog ("Allow the use of cookies from Facebook on this browser?").</summary>
    internal const string ConsentDialog = "div[role='dialog'][aria-label*='cookies']";

    private const string EndOfResults = "div[role='main'] div[role='status']";

    private const string Content = "div[role='feed'], div[role='main'] h1, div[role='main'] div[role='status'], #login_form, div[role='dialog'] input[name='pass']";

    private static readonly string[] Choices = ["Decline optional cookies", "Only allow essential cookies", "Allow all cookies"];

    private readonly FacebookOptions _options = options.Value;

    public string Platform => Name;

    public PageRequest StartRequest(PlatformSearch search) =>
        new(new Uri(_options.BaseUrl, $"search/pages/?q={Uri.EscapeDataString(search.Query)}"), PageRequest.Search);

    public Task PrepareAsync(IBrowserContext context, CancellationToken ct) =>
        CookieHeader.Parse(_options.SessionCookies, _options.BaseUrl) is { Count: > 0 } cookies ? context.AddCookiesAsync(cookies) : Task.CompletedTask;

    public async Task<PageCapture> CaptureAsync(IPage page, PageRequest request, int wanted, CancellationToken ct)
    {
        if (await PageSnapshot.OpenAsync(page, request.Url, Content + ", " + ConsentDialog, _options.PageTimeout).ConfigureAwait(false)
            && await DismissConsentAsync(page).ConfigureAwait(false)
            && await PageSnapshot.WaitAsync(page, Content, _options.PageTimeout).ConfigureAwait(false)
            && !request.IsDetail && await page.Locator("div[role='feed']").CountAsync().ConfigureAwait(false) > 0)
        {
            await InfiniteScroll.RunAsync(page, null, Result, EndOfResults, wanted, _options.ScrollIdleTimeout, ct).ConfigureAwait(false);
        }

        return await PageSnapshot.TakeAsync(page).ConfigureAwait(false);
    }

    public PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search) =>
        FacebookParser.Parse(request, capture, search, _options.VisitPages);

    /// <summary>Declines optional cookies if the dialog is up. False when it stays (the capture then shows it and Parse reports the block).</summary>
    private async Task<bool> DismissConsentAsync(IPage page)
    {
        var dialog = page.Locator(ConsentDialog);
        if (await dialog.CountAsync().ConfigureAwait(false) == 0)
        {
            return true;
        }

        var timeout = (float)_options.ConsentTimeout.TotalMilliseconds;
        try
        {
            foreach (var choice in Choices)
            {
                var button = dialog.Locator($"[role='button'][aria-label='{choice}']");
                if (await button.CountAsync().ConfigureAwait(false) > 0)
                {
                    await button.First.ClickAsync(new LocatorClickOptions { Timeout = timeout }).ConfigureAwait(false);
                    break;
                }
            }

            await dialog.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = timeout })
                .ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            // No button to press, a button that cannot be pressed, or a dialog that comes back.
            return false;
        }
    }
}
