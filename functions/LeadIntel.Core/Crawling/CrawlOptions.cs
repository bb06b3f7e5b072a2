using LeadIntel.Core.Crawling.Robots;

namespace LeadIntel.Core.Crawling;

/// <summary>Limits and politeness of one <see cref="WebsiteCrawler"/> run.</summary>
public sealed class CrawlOptions
{
    public const string DefaultUserAgent = "LeadIntel/1.0 (+https://github.com/leadintel/leadintel; lead research bot)";

    /// <summary>Most pages fetched per crawl, the start page included (robots-denied links are not fetched, so not counted).</summary>
    public int MaxPages { get; init; } = 10;

    /// <summary>Most link hops from the start page (0: the start page only).</summary>
    public int MaxDepth { get; init; } = 2;

    /// <summary>Most requests in flight to one host.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    /// <summary>Least time between the starts of two requests to the same host; a longer robots.txt Crawl-delay wins.</summary>
    public TimeSpan DelayPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest robots.txt Crawl-delay this crawl will wait out. A host asking for more gets only the start page
    /// (one request, after this long) and the rest is reported, so a <c>Crawl-delay: 3600</c> cannot stall a crawl for hours.
    /// </summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Per request, headers and body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Larger responses are skipped without being read further (2 MiB).</summary>
    public long MaxBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Retries after a transient failure (429, 502, 503, 504, timeout, connection error); Retry-After is honoured up to <see cref="MaxCrawlDelay"/>.</summary>
    public int MaxRetries { get; init; } = 1;

    /// <summary>Redirect hops followed per page; each hop is checked against the site and robots.txt.</summary>
    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The token robots.txt groups are matched against: the User-Agent's product name ("LeadIntel").</summary>
    public string RobotsToken => RobotsTxtParser.ProductToken(UserAgent);

    /// <summary>Throws when a value is out of range, so a bad configuration fails at start, not mid-crawl.</summary>
    public void Validate()
    {
        Require(MaxPages is >= 1 and <= 10_000, nameof(MaxPages), "must be 1..10000");
        Require(MaxDepth is >= 0 and <= 50, nameof(MaxDepth), "must be 0..50");
        Require(MaxConcurrencyPerHost is >= 1 and <= 64, nameof(MaxConcurrencyPerHost), "must be 1..64");
        Require(DelayPerHost >= TimeSpan.Zero, nameof(DelayPerHost), "must not be negative");
        Require(MaxCrawlDelay >= TimeSpan.Zero, nameof(MaxCrawlDelay), "must not be negative");
        Require(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), "must be positive");
        Require(MaxBytes > 0, nameof(MaxBytes), "must be positive");
        Require(MaxRetries is >= 0 and <= 10, nameof(MaxRetries), "must be 0..10");
        Require(MaxRedirects is >= 0 and <= 20, nameof(MaxRedirects), "must be 0..20");
        Require(RobotsToken.Length > 0, nameof(UserAgent), "must start with a product token such as LeadIntel/1.0");
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, $"CrawlOptions.{name} {message}");
        }
    }
}
