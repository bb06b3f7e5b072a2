using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.LinkedIn;

/// <summary>
/// LinkedIn people search (ten results a page, paginated) and public profiles for education. Needs a
/// session cookie; without one LinkedIn shows its auth wall and the job is <c>blocked: login required</c>.
/// </summary>
public sealed class LinkedInAdapter(IOptions<LinkedInOptions> options, TimeProvider time) : IBrowserPlatformAdapter
{
    public const string Name = "linkedin";

    private const string Ready = ".reusable-search__entity-result-list, .search-reusable-search-no-results, .top-card-layout__title, .authwall-join-form__form, form.login__form";

    private readonly LinkedInOptions _options = options.Value;

    public string Platform => Name;

    public PageRequest StartRequest(PlatformSearch search) => new(
        new Uri(_options.BaseUrl, $"search/results/people/?keywords={Uri.EscapeDataString(search.Query)}&origin=GLOBAL_SEARCH_HEADER"),
        PageRequest.Search);

    public Task PrepareAsync(IBrowserContext context, CancellationToken ct) =>
        string.IsNullOrEmpty(_options.SessionCookie)
            ? Task.CompletedTask
            : context.AddCookiesAsync([new Cookie { Name = "li_at", Value = _options.SessionCookie, Url = _options.BaseUrl.GetLeftPart(UriPartial.Authority) + "/" }]);

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
            // Parse tells a block from an empty page.
        }

        var size = page.ViewportSize;
        return new PageCapture(new Uri(page.Url), await page.ContentAsync().ConfigureAwait(false), size?.Width ?? 1280, size?.Height ?? 800);
    }

    public PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search) =>
        LinkedInParser.Parse(request, capture, search, _options.VisitProfiles, time.GetUtcNow().Year);
}
