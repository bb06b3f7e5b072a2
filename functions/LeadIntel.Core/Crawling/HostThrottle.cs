namespace LeadIntel.Core.Crawling;

/// <summary>
/// Per-host politeness: at most N requests in flight to a host, and request starts spaced by the host's
/// delay (the configured one, or robots.txt Crawl-delay when longer). Waits go through a
/// <see cref="TimeProvider"/>, so tests run on a fake clock.
/// </summary>
internal sealed class HostThrottle(int maxConcurrency, TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Waits for a free slot and the host's delay; dispose the lease when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken ct)
    {
        var host = State(url);
        await host.Slots.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var start = host.LastStart is { } last && last + host.Delay > now ? last + host.Delay : now;
                host.LastStart = start;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            return new Lease(host.Slots);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    /// <summary>Raises the spacing for <paramref name="url"/>'s host (never below the configured delay).</summary>
    public void RaiseDelay(Uri url, TimeSpan hostDelay)
    {
        var host = State(url);
        lock (_lock)
        {
            host.Delay = hostDelay > host.Delay ? hostDelay : host.Delay;
        }
    }

    /// <summary>The current spacing for <paramref name="url"/>'s host.</summary>
    public TimeSpan DelayFor(Uri url)
    {
        var host = State(url);
        lock (_lock)
        {
            return host.Delay;
        }
    }

    private HostState State(Uri url)
    {
        lock (_lock)
        {
            if (!_hosts.TryGetValue(url.IdnHost, out var state))
            {
                state = new HostState(new SemaphoreSlim(maxConcurrency, maxConcurrency)) { Delay = delay };
                _hosts[url.IdnHost] = state;
            }

            return state;
        }
    }

    private sealed class HostState(SemaphoreSlim slots)
    {
        public SemaphoreSlim Slots { get; } = slots;

        public TimeSpan Delay { get; set; }

        public DateTimeOffset? LastStart { get; set; }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
