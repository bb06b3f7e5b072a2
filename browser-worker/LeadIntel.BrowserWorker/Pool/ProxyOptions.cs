namespace LeadIntel.BrowserWorker.Pool;

/// <summary>An HTTP or SOCKS proxy for a browser context.</summary>
public sealed class ProxyOptions
{
    /// <summary>e.g. <c>http://proxy.example:8080</c> or <c>socks5://127.0.0.1:1080</c>.</summary>
    public string Server { get; set; } = string.Empty;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Comma-separated hosts that skip the proxy, e.g. <c>localhost,.internal</c>.</summary>
    public string? Bypass { get; set; }
}
