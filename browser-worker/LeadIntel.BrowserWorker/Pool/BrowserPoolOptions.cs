using System.ComponentModel.DataAnnotations;

namespace LeadIntel.BrowserWorker.Pool;

/// <summary>How the worker runs Chromium. Bound from <c>LeadIntel:Browser</c>.</summary>
public sealed class BrowserPoolOptions
{
    public const string Section = "LeadIntel:Browser";

    /// <summary>The flags measured to start Debian Chromium headless and quiet in a container.</summary>
    public static IReadOnlyList<string> DefaultArgs { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The Chromium binary; Playwright never downloads a browser of its own here.</summary>
    [Required]
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Command-line flags for every browser; empty means <see cref="DefaultArgs"/>.</summary>
    public List<string> Args { get; set; } = [];

    /// <summary>Browser processes kept at most (a retiring browser finishing its last pages does not count).</summary>
    [Range(1, 64)]
    public int MaxBrowsers { get; set; } = 1;

    /// <summary>Pages (one per job, each in its own context) open at once across all browsers.</summary>
    [Range(1, 256)]
    public int MaxConcurrentPages { get; set; } = 4;

    /// <summary>A browser stops taking pages after this many and closes once its last one is done (Chromium leaks over time).</summary>
    [Range(1, 100_000)]
    public int RecycleAfterPages { get; set; } = 200;

    /// <summary>A browser with no page for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often idle browsers are looked for.</summary>
    public TimeSpan IdleSweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a launch may take before it counts as failed.</summary>
    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long shutdown waits for leased pages to come back before closing browsers under them.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Defaults for each job's context; a job may override any of them.</summary>
    public BrowserPageOptions Page { get; set; } = new();

    /// <summary>Optional proxy for every context (a job's own proxy wins).</summary>
    public ProxyOptions? Proxy { get; set; }

    internal IReadOnlyList<string> EffectiveArgs => Args.Count > 0 ? Args : DefaultArgs;
}
