using System.Collections.Concurrent;

namespace LeadIntel.Core.Crawling.Robots;

/// <summary>
/// Fetches robots.txt once per origin (scheme, host, port: RFC 9309 §2.3) and keeps the parsed rules.
/// Availability follows RFC 9309 §2.3.1: 2xx parses; up to five redirects are followed; 4xx means no rules;
/// 5xx, 429 and unreachable mean complete disallow. That last choice costs pages on flaky servers, but a
/// server that cannot answer for robots.txt is not one to crawl; it is reported in <see cref="Problems"/>.
/// </summary>
internal sealed class RobotsCache(PageFetcher fetcher, string productToken, int maxRedirects)
{
    private readonly Dictionary<string, Task<RobotsTxt>> _byOrigin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private readonly ConcurrentQueue<CrawlError> _problems = new();

    /// <summary>robots.txt files that could not be read, and what was assumed instead.</summary>
    public IReadOnlyCollection<CrawlError> Problems => _problems;

    public Task<RobotsTxt> GetAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        lock (_lock)
        {
            if (!_byOrigin.TryGetValue(origin, out var rules))
            {
                rules = LoadAsync(new Uri(origin + "/robots.txt"), ct);
                _byOrigin[origin] = rules;
            }

            return rules;
        }
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken ct)
    {
        var url = robotsUrl;
        for (var hop = 0; hop <= maxRedirects; hop++)
        {
            var result = await fetcher.GetRobotsAsync(url, ct);
            switch (result.Outcome)
            {
                case FetchOutcome.Ok:
                    return RobotsTxtParser.Parse(result.Text ?? string.Empty, productToken);
                case FetchOutcome.Redirect:
                    url = result.RedirectTo!;
                    continue;
                case FetchOutcome.HttpError when result.Status is >= 400 and < 500 and not 429:
                    return RobotsTxt.AllowAll;
                default:
                    var cause = result.Error ?? $"http {result.Status}";
                    _problems.Enqueue(new CrawlError(robotsUrl.ToString(), $"robots.txt unavailable ({cause}): assuming complete disallow (RFC 9309 §2.3.1.4)"));
                    return RobotsTxt.DisallowAll;
            }
        }

        // RFC 9309 §2.3.1.2: past five redirects a crawler may treat robots.txt as unavailable, i.e. no rules.
        _problems.Enqueue(new CrawlError(robotsUrl.ToString(), $"robots.txt redirected more than {maxRedirects} times: treated as absent"));
        return RobotsTxt.AllowAll;
    }
}
