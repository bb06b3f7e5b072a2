namespace LeadIntel.Core.Crawling.Robots;

/// <summary>The rules of one robots.txt that apply to this crawler, already narrowed to its user-agent group.</summary>
public sealed class RobotsTxt
{
    public RobotsTxt(IEnumerable<RobotsRule> rules, TimeSpan? crawlDelay = null)
    {
        Rules = rules.ToList();
        CrawlDelay = crawlDelay;
    }

    /// <summary>No file (4xx) or no group for us: everything may be fetched.</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>The file could not be read (5xx, network failure): RFC 9309 §2.3.1.4 says assume complete disallow.</summary>
    public static RobotsTxt DisallowAll { get; } = new([new RobotsRule(Allow: false, "/")]);

    public IReadOnlyList<RobotsRule> Rules { get; }

    /// <summary>The non-standard <c>Crawl-delay</c> of our group, when it set one.</summary>
    public TimeSpan? CrawlDelay { get; }

    public bool IsAllowed(Uri url) => url.AbsolutePath.Equals("/robots.txt", StringComparison.Ordinal) || IsAllowed(RobotsPath.Of(url));

    /// <summary>
    /// Longest matching pattern wins; on a tie Allow wins (the least restrictive rule, RFC 9309 §2.2.2);
    /// no match allows.
    /// </summary>
    public bool IsAllowed(string normalizedPath)
    {
        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (!rule.Matches(normalizedPath))
            {
                continue;
            }

            if (best is null || rule.Specificity > best.Specificity || (rule.Specificity == best.Specificity && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
