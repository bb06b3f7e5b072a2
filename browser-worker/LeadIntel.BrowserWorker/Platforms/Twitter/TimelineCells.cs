using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.Twitter;

/// <summary>
/// Scrolls X's virtualized timeline. X unmounts cells scrolled far out of view, so scrolling to the end
/// and reading the DOM once would lose the first users: each cell is kept (by its profile link) as it
/// shows, and the timeline is given back all the cells seen before the page is captured.
/// </summary>
public static class TimelineCells
{
    /// <summary>One row of the timeline.</summary>
    public const string Cell = "[data-testid='cellInnerDiv']";

    private const string Read = """
        () => Array.from(document.querySelectorAll("[data-testid='cellInnerDiv']")).map(c => {
            const a = c.querySelector("[data-testid='UserCell'] a[href]");
            return a ? [a.getAttribute('href'), c.outerHTML] : null;
        }).filter(x => x !== null)
        """;

    private const string Grew = """
        (seen) => Array.from(document.querySelectorAll("[data-testid='cellInnerDiv'] [data-testid='UserCell'] a[href]"))
            .some(a => !seen.includes(a.getAttribute('href')))
        """;

    private const string Restore = """
        (cells) => { const list = document.querySelector("[aria-label^='Timeline'] > div"); if (list) { list.innerHTML = cells.join(''); } }
        """;

    /// <returns>How many distinct users the timeline showed.</returns>
    public static async Task<int> CollectAsync(IPage page, int wanted, TimeSpan idle, CancellationToken ct)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var pair in await page.EvaluateAsync<string[][]>(Read).ConfigureAwait(false))
            {
                if (cells.TryAdd(pair[0], pair[1]))
                {
                    order.Add(pair[0]);
                }
            }

            if (cells.Count >= wanted)
            {
                break;
            }

            await page.EvaluateAsync("() => window.scrollTo(0, document.scrollingElement.scrollHeight)").ConfigureAwait(false);
            try
            {
                await page.WaitForFunctionAsync(Grew, order, new PageWaitForFunctionOptions { Timeout = (float)idle.TotalMilliseconds, PollingInterval = 50 })
                    .ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // No new user since the last scroll: X has nothing more for this search.
                break;
            }
        }

        await page.EvaluateAsync(Restore, order.Select(k => cells[k]).ToArray()).ConfigureAwait(false);
        return cells.Count;
    }
}
