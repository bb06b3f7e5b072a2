using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.Twitter;

/// <summary>
/// X people search (a virtualized, endlessly scrolled timeline of user cells) and profile pages. Search
/// needs a session cookie; without one X sends the visitor to its login flow and the job is
/// <c>blocked: login required</c>.
/// </summary>
public sealed class TwitterAdapter(IOptions<TwitterOptions> options, TimeProvider time) : IBrowserPlatformAdapter
{
    public const string Name = "twitter";

    private const string Ready = "[data-testid='cellInnerDiv'], [data-testid='emptyState'], [data-testid='UserName'], [data-testid='empty_state_header_text'], "
        + "[data-testid='LoginForm'], input[autocomplete='username']";

    private readonly TwitterOptions _options = options.Value;

    public string Platform => Name;

    public PageRequest StartRequest(PlatformSearch search) =>
        new(new Uri(_options.BaseUrl, $"search?q={Uri.EscapeDataString(search.Query)}&src=typed_query&f=user"), PageRequest.Search);

    public Task PrepareAsync(IBrowserContext context, CancellationToken ct) =>
        string.IsNullOrEmpty(_options.SessionCookie)
            ? Task.CompletedTask
            : context.AddCookiesAsync([new Cookie { Name = "auth_token", Value = _options.SessionCookie, Url = _options.BaseUrl.GetLeftPart(UriPartial.Authority) + "/", HttpOnly = true, Secure = _options.BaseUrl.Scheme == Uri.UriSchemeHttps }]);

    public async Task<PageCapture> CaptureAsync(IPage page, PageRequest request, int wanted, CancellationToken ct)
    {
        if (await PageSnapshot.OpenAsync(page, request.Url, Ready, _options.PageTimeout).ConfigureAwait(false)
            && !request.IsDetail && await page.Locator(TimelineCells.Cell).CountAsync().ConfigureAwait(false) > 0)
        {
            await TimelineCells.CollectAsync(page, wanted, _options.ScrollIdleTimeout, ct).ConfigureAwait(false);
        }

        return await PageSnapshot.TakeAsync(page).ConfigureAwait(false);
    }

    public PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search) =>
        TwitterParser.Parse(request, capture, search, _options.VisitProfiles, time.GetUtcNow().Year);
}
