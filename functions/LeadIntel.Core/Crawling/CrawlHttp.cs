using System.Net;

namespace LeadIntel.Core.Crawling;

/// <summary>The HttpClient a crawl wants: redirects left to the crawler (each hop is checked against the site and robots.txt), compression on.</summary>
public static class CrawlHttp
{
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>Timeouts are per request (<see cref="CrawlOptions.RequestTimeout"/>), so the client's own is off.</summary>
    public static HttpClient CreateClient() => new(CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
}
