namespace LeadIntel.BrowserWorker.Pool;

/// <summary>What one job's browser context looks like to the site: language, time zone, screen and identity.</summary>
public sealed record BrowserPageOptions
{
    public string Locale { get; init; } = "en-US";

    public string TimezoneId { get; init; } = "America/Toronto";

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 800;

    /// <summary>null keeps Chromium's own user agent.</summary>
    public string? UserAgent { get; init; }

    /// <summary>null uses the pool's proxy, if any.</summary>
    public ProxyOptions? Proxy { get; init; }
}
