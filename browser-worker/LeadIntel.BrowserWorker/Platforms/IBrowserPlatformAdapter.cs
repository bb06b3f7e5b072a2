using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>
/// One browser platform: where a search starts, how a page is made to show everything (wait, scroll,
/// paginate) and a pure <see cref="Parse"/> of the captured HTML into listings and follow-up pages.
/// </summary>
public interface IBrowserPlatformAdapter
{
    /// <summary>The platform name the API accepts (google_maps, linkedin, ...).</summary>
    string Platform { get; }

    /// <summary>The first page of a search, under the configured base URL.</summary>
    PageRequest StartRequest(PlatformSearch search);

    /// <summary>Sets up a fresh context before the first page (e.g. a configured session cookie).</summary>
    Task PrepareAsync(IBrowserContext context, CancellationToken ct);

    /// <summary>Opens <paramref name="request"/> in <paramref name="page"/>, waits, scrolls or paginates, and returns the DOM.</summary>
    /// <param name="wanted">How many listings the search wants in all (bounds infinite scroll).</param>
    Task<PageCapture> CaptureAsync(IPage page, PageRequest request, int wanted, CancellationToken ct);

    /// <summary>Reads one captured page. Pure: no browser, no I/O; a login wall, consent page or CAPTCHA comes back as <see cref="PlatformPage.Block"/>.</summary>
    PlatformPage Parse(PageRequest request, PageCapture capture, PlatformSearch search);
}
