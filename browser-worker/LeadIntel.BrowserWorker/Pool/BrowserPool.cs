using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Pool;

/// <summary>
/// Chromium processes shared by jobs: each job gets its own context and page
/// (<c>await using var lease = await pool.AcquireAsync(options, ct)</c>), at most
/// <see cref="BrowserPoolOptions.MaxConcurrentPages"/> at once. Browsers are launched on demand,
/// recycled after <see cref="BrowserPoolOptions.RecycleAfterPages"/> pages, closed when idle and
/// replaced when they crash.
/// </summary>
public sealed partial class BrowserPool : IAsyncDisposable
{
    // Closing a context or browser whose process died can go unanswered: a close never holds up a release or shutdown longer.
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    private readonly BrowserPoolOptions _options;
    private readonly ILogger<BrowserPool> _log;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _pageSlots;
    private readonly SemaphoreSlim _launchGate = new(1, 1);
    private readonly List<PooledBrowser> _browsers = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _idleSweep;
    private IPlaywright? _playwright;
    private int _activePages;
    private int _launched;
    private TaskCompletionSource _drained = NewDrainSignal();
    private volatile bool _closed;

    public BrowserPool(IOptions<BrowserPoolOptions> options, ILogger<BrowserPool> log, TimeProvider? time = null)
    {
        _options = options.Value;
        _log = log;
        _time = time ?? TimeProvider.System;
        _pageSlots = new SemaphoreSlim(_options.MaxConcurrentPages, _options.MaxConcurrentPages);
        _idleSweep = SweepIdleAsync(_stopping.Token);
    }

    /// <summary>Pages leased right now.</summary>
    public int ActivePages => Volatile.Read(ref _activePages);

    /// <summary>Browser processes alive right now.</summary>
    public int BrowserCount
    {
        get
        {
            lock (_gate)
            {
                return _browsers.Count(b => !b.Dead);
            }
        }
    }

    /// <summary>Browsers launched since the pool started (replacements and recycles included).</summary>
    public int LaunchedBrowsers => Volatile.Read(ref _launched);

    /// <summary>Command-line markers of the live browser processes (see <see cref="PooledBrowser.Marker"/>).</summary>
    public IReadOnlyList<string> BrowserMarkers
    {
        get
        {
            lock (_gate)
            {
                return _browsers.Where(b => !b.Dead).Select(b => b.Marker).ToList();
            }
        }
    }

    private int PerBrowserCap => (_options.MaxConcurrentPages + _options.MaxBrowsers - 1) / _options.MaxBrowsers;

    /// <summary>Waits for a page slot and opens a fresh context and page on a healthy browser.</summary>
    /// <exception cref="BrowserPoolClosedException">The pool is shutting down.</exception>
    /// <exception cref="BrowserCrashedException">The browser died while the context was being opened.</exception>
    public async Task<BrowserLease> AcquireAsync(BrowserPageOptions? options = null, CancellationToken ct = default)
    {
        ThrowIfClosed();
        await _pageSlots.WaitAsync(ct).ConfigureAwait(false);
        PooledBrowser? browser = null;
        try
        {
            ThrowIfClosed();
            browser = await ReserveBrowserAsync(ct).ConfigureAwait(false);
            var page = options ?? _options.Page;
            var context = await browser.Browser.NewContextAsync(ContextOptionsWithPoolProxy(page)).ConfigureAwait(false);
            try
            {
                var tab = await context.NewPageAsync().ConfigureAwait(false);
                return new BrowserLease(this, browser, context, tab, page);
            }
            catch
            {
                await CloseQuietlyAsync(context).ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception ex)
        {
            if (browser is not null)
            {
                await UnreserveAsync(browser).ConfigureAwait(false);
            }

            _pageSlots.Release();
            if (ex is PlaywrightException && browser is { } b && (b.Dead || !b.Browser.IsConnected))
            {
                throw new BrowserCrashedException("The browser died while a page was being opened.", ex);
            }

            throw;
        }
    }

    internal async ValueTask ReleaseAsync(BrowserLease lease)
    {
        await CloseQuietlyAsync(lease.Context).ConfigureAwait(false);
        await UnreserveAsync(lease.Browser).ConfigureAwait(false);
        _pageSlots.Release();
    }

    /// <summary>Stops handing out pages, waits up to <see cref="BrowserPoolOptions.DrainTimeout"/> for leases to return, then closes every browser.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _stopping.Cancel();
        if (ActivePages > 0)
        {
            await Task.WhenAny(_drained.Task, Task.Delay(_options.DrainTimeout, _time)).ConfigureAwait(false);
        }

        await _idleSweep.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        List<PooledBrowser> all;
        lock (_gate)
        {
            all = [.. _browsers];
            _browsers.Clear();
        }

        foreach (var browser in all)
        {
            await CloseQuietlyAsync(browser).ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _stopping.Dispose();
    }

    private async Task<PooledBrowser> ReserveBrowserAsync(CancellationToken ct)
    {
        // Launches are serialized so that two waiters do not both start a browser for one free slot.
        await _launchGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                var best = _browsers.Where(b => b.CanTake(PerBrowserCap)).MinBy(b => b.ActivePages);
                if (best is not null)
                {
                    return Reserve(best);
                }
            }

            var launched = await LaunchAsync(ct).ConfigureAwait(false);
            lock (_gate)
            {
                _browsers.Add(launched);
                return Reserve(launched);
            }
        }
        finally
        {
            _launchGate.Release();
        }
    }

    private PooledBrowser Reserve(PooledBrowser browser)
    {
        browser.ActivePages++;
        browser.PagesServed++;
        browser.LastUsed = _time.GetUtcNow();
        if (browser.PagesServed >= _options.RecycleAfterPages)
        {
            browser.Retiring = true;
        }

        if (Interlocked.Increment(ref _activePages) == 1)
        {
            Interlocked.Exchange(ref _drained, NewDrainSignal());
        }

        return browser;
    }

    private async ValueTask UnreserveAsync(PooledBrowser browser)
    {
        bool close;
        lock (_gate)
        {
            browser.ActivePages--;
            browser.LastUsed = _time.GetUtcNow();
            close = browser.ActivePages == 0 && browser.Retiring && !browser.Dead && _browsers.Remove(browser);
        }

        if (close)
        {
            LogRecycled(browser.Marker, browser.PagesServed);
            await CloseQuietlyAsync(browser).ConfigureAwait(false);
        }

        if (Interlocked.Decrement(ref _activePages) == 0)
        {
            Volatile.Read(ref _drained).TrySetResult();
        }
    }

    private async Task<PooledBrowser> LaunchAsync(CancellationToken ct)
    {
        _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
        var marker = $"--leadintel-browser={Guid.NewGuid():N}";
        var launch = _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = _options.ExecutablePath,
            Headless = true,
            Args = [.. _options.EffectiveArgs, marker],
            Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
            // The host decides when browsers close: a Ctrl-C must let in-flight jobs finish first.
            HandleSIGINT = false,
            HandleSIGTERM = false,
            HandleSIGHUP = false,
        });
        var browser = await launch.WaitAsync(ct).ConfigureAwait(false);
        var pooled = new PooledBrowser(browser, marker, _time.GetUtcNow());
        browser.Disconnected += (_, _) => OnDisconnected(pooled);
        Interlocked.Increment(ref _launched);
        LogLaunched(marker, browser.Version);
        return pooled;
    }

    private void OnDisconnected(PooledBrowser browser)
    {
        bool unexpected;
        lock (_gate)
        {
            unexpected = !browser.Dead && _browsers.Remove(browser);
            browser.Dead = true;
        }

        if (unexpected && !_closed)
        {
            LogCrashed(browser.Marker, browser.ActivePages);
        }
    }

    private async Task SweepIdleAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.IdleSweepInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                await CloseIdleAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutdown.
        }
    }

    /// <summary>Closes browsers that had no page for <see cref="BrowserPoolOptions.IdleTimeout"/>.</summary>
    internal async Task CloseIdleAsync()
    {
        var now = _time.GetUtcNow();
        List<PooledBrowser> idle;
        lock (_gate)
        {
            idle = _browsers.Where(b => b.ActivePages == 0 && now - b.LastUsed >= _options.IdleTimeout).ToList();
            foreach (var browser in idle)
            {
                _browsers.Remove(browser);
            }
        }

        foreach (var browser in idle)
        {
            LogIdleClosed(browser.Marker);
            await CloseQuietlyAsync(browser).ConfigureAwait(false);
        }
    }

    private static BrowserNewContextOptions ContextOptions(BrowserPageOptions page) => new()
    {
        Locale = page.Locale,
        TimezoneId = page.TimezoneId,
        ViewportSize = new ViewportSize { Width = page.ViewportWidth, Height = page.ViewportHeight },
        UserAgent = page.UserAgent,
        Proxy = page.Proxy is { Server.Length: > 0 } proxy
            ? new Proxy { Server = proxy.Server, Username = proxy.Username, Password = proxy.Password, Bypass = proxy.Bypass }
            : null,
    };

    private BrowserNewContextOptions ContextOptionsWithPoolProxy(BrowserPageOptions page) =>
        ContextOptions(page.Proxy is null && _options.Proxy is not null ? page with { Proxy = _options.Proxy } : page);

    private async Task CloseQuietlyAsync(PooledBrowser browser)
    {
        browser.Dead = true;
        try
        {
            await browser.Browser.CloseAsync().WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Already gone, or not answering; disposing Playwright ends its process.
        }
    }

    private static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The browser under it died; nothing left to close.
        }
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new BrowserPoolClosedException();
        }
    }

    private static TaskCompletionSource NewDrainSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Launched Chromium {Version} ({Marker})")]
    private partial void LogLaunched(string marker, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium {Marker} disconnected with {Pages} page(s) open; it will be replaced")]
    private partial void LogCrashed(string marker, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recycled Chromium {Marker} after {Pages} pages")]
    private partial void LogRecycled(string marker, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed idle Chromium {Marker}")]
    private partial void LogIdleClosed(string marker);
}
