using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Pool;

/// <summary>
/// One job's isolated browser context and its page, leased from <see cref="BrowserPool"/>. Disposing
/// closes the context and gives the page slot back, exactly once.
/// </summary>
public sealed class BrowserLease : IAsyncDisposable
{
    private readonly BrowserPool _pool;
    private int _released;

    internal BrowserLease(BrowserPool pool, PooledBrowser browser, IBrowserContext context, IPage page, BrowserPageOptions options)
    {
        _pool = pool;
        Browser = browser;
        Context = context;
        Page = page;
        Options = options;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The context's locale, time zone, viewport and user agent.</summary>
    public BrowserPageOptions Options { get; }

    /// <summary>False once the browser under this lease crashed or disconnected: the job should be retried on a new lease.</summary>
    public bool IsBrowserAlive => !Browser.Dead && Browser.Browser.IsConnected;

    internal PooledBrowser Browser { get; }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? _pool.ReleaseAsync(this) : ValueTask.CompletedTask;
}
