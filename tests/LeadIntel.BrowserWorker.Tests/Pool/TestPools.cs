using LeadIntel.BrowserWorker.Pool;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Pool;

internal static class TestPools
{
    public static BrowserPool Create(Action<BrowserPoolOptions>? configure = null)
    {
        var options = new BrowserPoolOptions { MaxConcurrentPages = 2, DrainTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new BrowserPool(Options.Create(options), NullLogger<BrowserPool>.Instance);
    }
}
