using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Pool;

/// <summary>One Chromium process and the bookkeeping the pool needs about it. Mutated under the pool's lock.</summary>
internal sealed class PooledBrowser(IBrowser browser, string marker, DateTimeOffset launchedAt)
{
    public IBrowser Browser { get; } = browser;

    /// <summary>A flag on the process command line that identifies it (operators and tests find the PID by it).</summary>
    public string Marker { get; } = marker;

    public int ActivePages { get; set; }

    public int PagesServed { get; set; }

    /// <summary>Takes no new pages; closes when its last page is released.</summary>
    public bool Retiring { get; set; }

    /// <summary>Set once when the process is gone (crash, kill, disconnect).</summary>
    public bool Dead { get; set; }

    public DateTimeOffset LastUsed { get; set; } = launchedAt;

    public bool CanTake(int perBrowserCap) => !Dead && !Retiring && ActivePages < perBrowserCap;
}
