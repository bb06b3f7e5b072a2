using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>Opening a page until one of its known states shows, and taking its DOM as a <see cref="PageCapture"/>.</summary>
public static class PageSnapshot
{
    /// <summary>Goes to <paramref name="url"/> and waits for <paramref name="ready"/>.</summary>
    /// <returns>False when none of <paramref name="ready"/> showed in time (the parser then tells a block from an empty page).</returns>
    public static async Task<bool> OpenAsync(IPage page, Uri url, string ready, TimeSpan timeout)
    {
        var ms = (float)timeout.TotalMilliseconds;
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = ms }).ConfigureAwait(false);
        return await WaitAsync(page, ready, timeout).ConfigureAwait(false);
    }

    /// <summary>Waits for <paramref name="selector"/> to be attached; false on timeout.</summary>
    public static async Task<bool> WaitAsync(IPage page, string selector, TimeSpan timeout)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = (float)timeout.TotalMilliseconds, State = WaitForSelectorState.Attached })
                .ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The page's URL, rendered DOM and viewport now.</summary>
    public static async Task<PageCapture> TakeAsync(IPage page)
    {
        var html = await page.ContentAsync().ConfigureAwait(false);
        var size = page.ViewportSize;
        return new PageCapture(new Uri(page.Url), html, size?.Width ?? 1280, size?.Height ?? 800);
    }
}
