using LeadIntel.BrowserWorker.Pool;

namespace LeadIntel.BrowserWorker.Tests.Pool;

public sealed class BrowserPoolTests
{
    [Fact]
    public async Task Concurrent_pages_never_exceed_the_cap()
    {
        await using var pool = TestPools.Create(o => o.MaxConcurrentPages = 2);
        var first = await pool.AcquireAsync();
        var second = await pool.AcquireAsync();
        var third = pool.AcquireAsync();

        Assert.False(third.IsCompleted);
        Assert.Equal(2, pool.ActivePages);

        await first.DisposeAsync();
        await using var thirdLease = await third.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, pool.ActivePages);
        await second.DisposeAsync();
        Assert.Equal(1, pool.ActivePages);
        Assert.Equal(1, pool.LaunchedBrowsers);
    }

    [Fact]
    public async Task Each_lease_gets_its_own_context_with_the_jobs_locale_timezone_viewport_and_agent()
    {
        await using var pool = TestPools.Create();
        var options = new BrowserPageOptions
        {
            Locale = "fr-CA",
            TimezoneId = "Europe/Paris",
            ViewportWidth = 1024,
            ViewportHeight = 700,
            UserAgent = "LeadIntelTest/1.0",
        };
        await using var a = await pool.AcquireAsync(options);
        await using var b = await pool.AcquireAsync();

        var seen = await a.Page.EvaluateAsync<string[]>(
            "() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone, String(innerWidth), String(innerHeight), navigator.userAgent]");
        Assert.Equal(["fr-CA", "Europe/Paris", "1024", "700", "LeadIntelTest/1.0"], seen);

        await a.Context.AddCookiesAsync([new() { Name = "session", Value = "a", Url = "http://127.0.0.1/" }]);
        Assert.Single(await a.Context.CookiesAsync());
        Assert.Empty(await b.Context.CookiesAsync());
        Assert.NotSame(a.Context, b.Context);
    }

    [Fact]
    public async Task A_killed_browser_is_replaced_by_a_new_one()
    {
        await using var pool = TestPools.Create();
        var lease = await pool.AcquireAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lease.Context.Browser!.Disconnected += (_, _) => closed.TrySetResult();
        var pid = ChromiumProcesses.MainPid(Assert.Single(pool.BrowserMarkers));
        Assert.NotNull(pid);

        ChromiumProcesses.Kill(pid.Value);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(lease.IsBrowserAlive);
        await lease.DisposeAsync();

        await using var next = await pool.AcquireAsync();
        Assert.True(next.IsBrowserAlive);
        Assert.Equal(2, await next.Page.EvaluateAsync<int>("() => 1 + 1"));
        Assert.Equal(2, pool.LaunchedBrowsers);
        Assert.Equal(1, pool.BrowserCount);
    }

    [Fact]
    public async Task A_browser_is_recycled_after_its_page_budget()
    {
        await using var pool = TestPools.Create(o => o.RecycleAfterPages = 2);
        for (var i = 0; i < 3; i++)
        {
            await using var lease = await pool.AcquireAsync();
            Assert.Equal("ok", await lease.Page.EvaluateAsync<string>("() => 'ok'"));
        }

        Assert.Equal(2, pool.LaunchedBrowsers);
        Assert.Equal(1, pool.BrowserCount);
    }

    [Fact]
    public async Task Idle_browsers_are_closed_and_relaunched_on_demand()
    {
        await using var pool = TestPools.Create(o => o.IdleTimeout = TimeSpan.Zero);
        await (await pool.AcquireAsync()).DisposeAsync();
        Assert.Equal(1, pool.BrowserCount);

        await pool.CloseIdleAsync();
        Assert.Equal(0, pool.BrowserCount);

        await using var again = await pool.AcquireAsync();
        Assert.Equal(2, pool.LaunchedBrowsers);
    }

    [Fact]
    public async Task Shutdown_waits_for_leased_pages_and_then_refuses_new_ones()
    {
        var pool = TestPools.Create();
        var lease = await pool.AcquireAsync();
        var shutdown = pool.DisposeAsync().AsTask();

        Assert.False(shutdown.IsCompleted);
        await Assert.ThrowsAsync<BrowserPoolClosedException>(() => pool.AcquireAsync());
        Assert.Equal(3, await lease.Page.EvaluateAsync<int>("() => 1 + 2"));

        await lease.DisposeAsync();
        await shutdown.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, pool.BrowserCount);
    }
}
