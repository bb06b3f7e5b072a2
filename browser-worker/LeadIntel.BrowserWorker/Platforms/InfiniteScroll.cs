using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>Scrolls a lazily filled list until it holds enough items, says it has ended, or stops growing.</summary>
public static class InfiniteScroll
{
    /// <param name="container">CSS selector of the scrolling element; null scrolls the document.</param>
    /// <param name="item">CSS selector counting the list's items.</param>
    /// <param name="end">CSS selector that appears when the list has no more items (null if the site shows none).</param>
    /// <param name="idle">How long to wait for new items after a scroll before calling it the end.</param>
    /// <returns>The number of items in the list at the end.</returns>
    public static async Task<int> RunAsync(IPage page, string? container, string item, string? end, int wanted, TimeSpan idle, CancellationToken ct)
    {
        var count = await CountAsync(page, item).ConfigureAwait(false);
        while (count < wanted && !await EndedAsync(page, end).ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            await page.EvaluateAsync(
                "(c) => { const el = c ? document.querySelector(c) : document.scrollingElement; if (el) { el.scrollTop = el.scrollHeight; } }",
                container).ConfigureAwait(false);
            try
            {
                await page.WaitForFunctionAsync(
                    "([item, end, n]) => document.querySelectorAll(item).length > n || (end !== null && document.querySelector(end) !== null)",
                    new object?[] { item, end, count },
                    new PageWaitForFunctionOptions { Timeout = (float)idle.TotalMilliseconds, PollingInterval = 50 }).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // No new items and no end marker: the list stopped growing.
                return await CountAsync(page, item).ConfigureAwait(false);
            }

            count = await CountAsync(page, item).ConfigureAwait(false);
        }

        return count;
    }

    private static Task<int> CountAsync(IPage page, string item) => page.Locator(item).CountAsync();

    private static async Task<bool> EndedAsync(IPage page, string? end) =>
        end is not null && await page.Locator(end).CountAsync().ConfigureAwait(false) > 0;
}
