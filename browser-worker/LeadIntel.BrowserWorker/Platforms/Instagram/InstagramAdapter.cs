using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.Instagram;

/// <summary>
/// Instagram: keyword search for accounts (a list that grows as the window scrolls) and public business
/// profiles, whose contact data (phone, email, address) the page embeds as JSON and shows in the
/// "Contact" sheet. Search needs a session cookie; without one Instagram sends the visitor to its login
/// page and the job is <c>blocked: login required</c>.
/// </summary>
public sealed class InstagramAdapter(IOptions<InstagramOptions> options) : IBrowserPlatformAdapter
{
    public const string Name = "instagram";

    /// <summary>One account in the search results.</summary>
    internal const string Result = "div[aria-label='Accounts'] a[role='link'][href]";

    private const string Ready = "main header h2, div[aria-label='Accounts'] [role='listitem'], div[aria-label='Accounts'] > span, #loginForm, main > h2";

    private readonly InstagramOptions _options = options.Value;

    public string Platform => Name;

    public PageRequest StartRequest(PlatformSearch search) =>
        new(new Uri(_options.BaseUrl, $"explore/search/keyword/?q={Uri.EscapeDataString(search.Query)}"), PageRequest.Search);

    public Task PrepareAsync(IBrowserContext context, CancellationToken ct) =>
        string.IsNullOrEmpty(_options.SessionCookie)
            ? Task.CompletedTask
            : context.AddCookiesAsync([new Cookie { Name = "sessionid", Value = _options.SessionCookie, Url = _options.BaseUrl.GetLeftPart(UriPartial.Authority) + "/", HttpOnly = true, Secure = _options.BaseUrl.Scheme == Uri.UriSchemeHttps }]);

    public async Task<PageCapture> CaptureAsync(IPage page, PageRequest request, int wanted, CancellationToken ct)
    {
        if (await PageSnapshot.OpenAsync(page, request.Url, Ready, _options.PageTimeout).ConfigureAwait(false))
        {
            if (request.IsDetail)
            {
                await OpenContactSheetAsync(page).ConfigureAwait(false);
            }
            else if (await page.Locator(Result).CountAsync().ConfigureAwait(false) > 0)
            {
                await InfiniteScroll.RunAsync(page, null, Result, null, wanted, _options.ScrollIdleTimeout, ct).ConfigureAwait(false);
            }
        }

        return await PageSnapshot.TakeAsync(page).ConfigureAwait(false);
    }

    public PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search) =>
        InstagramParser.Parse(request, capture, search, _options.VisitProfiles);

    /// <summary>Opens a business profile's "Contact" sheet so its Call and Email links are on the page (and in the live view).</summary>
    private async Task OpenContactSheetAsync(IPage page)
    {
        var contact = page.Locator("main header [role='button']", new PageLocatorOptions { HasTextString = "Contact" });
        if (await contact.CountAsync().ConfigureAwait(false) == 0)
        {
            return;
        }

        // The embedded JSON has the same data, so a sheet that does not open costs nothing.
        try
        {
            await contact.First.ClickAsync(new LocatorClickOptions { Timeout = 3000 }).ConfigureAwait(false);
            await PageSnapshot.WaitAsync(page, "div[role='dialog'][aria-label='Contact']", TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Covered by another layer (a login prompt): read the page as it is.
        }
    }
}
