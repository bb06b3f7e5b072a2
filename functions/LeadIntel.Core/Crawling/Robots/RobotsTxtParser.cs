using System.Globalization;

namespace LeadIntel.Core.Crawling.Robots;

/// <summary>
/// Parses robots.txt per RFC 9309 and keeps the rules for one product token: the groups naming that
/// token (merged), else the <c>*</c> groups (merged), else none. Lenient like Google's parser:
/// common misspellings of the keys are accepted and lines without a colon are ignored.
/// </summary>
public static class RobotsTxtParser
{
    /// <summary>RFC 9309 §2.5: parsers must read at least 500 KiB; the rest is ignored.</summary>
    public const int MaxChars = 500 * 1024;

    public static RobotsTxt Parse(string content, string productToken)
    {
        var groups = ReadGroups(content.Length > MaxChars ? content[..MaxChars] : content);
        var chosen = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var delays = chosen.Where(g => g.CrawlDelay is not null).Select(g => g.CrawlDelay!.Value).ToList();
        return new RobotsTxt(chosen.SelectMany(g => g.Rules), delays.Count > 0 ? delays.Max() : null);
    }

    /// <summary>The product token a User-agent line or header names: its leading letters, '-' and '_' ("LeadIntel/1.0 (...)" → "LeadIntel").</summary>
    public static string ProductToken(string userAgent)
    {
        var value = userAgent.Trim();
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
        {
            end++;
        }

        return value[..end];
    }

    private static List<Group> ReadGroups(string content)
    {
        var groups = new List<Group>();
        Group? current = null;
        var inAgentRun = false;
        foreach (var rawLine in content.TrimStart('\uFEFF').Split(['\r', '\n']))
        {
            var hash = rawLine.IndexOf('#');
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    // Consecutive User-agent lines share one group; one after a rule or Crawl-delay starts the next group.
                    if (current is null || !inAgentRun)
                    {
                        current = new Group();
                        groups.Add(current);
                    }

                    current.Agents.Add(value.StartsWith('*') ? "*" : ProductToken(value));
                    inAgentRun = true;
                    break;
                case "allow" or "disallow" or "dissallow" or "dissalow" or "disalow" or "diasllow" or "disallaw":
                    inAgentRun = false;
                    if (current is not null && value.Length > 0)
                    {
                        // An empty Disallow means "nothing is disallowed": no rule at all.
                        // A pattern without a leading '/' would never match a path; read "private" as "/private".
                        var pattern = value.StartsWith('/') || value.StartsWith('*') ? value : "/" + value;
                        current.Rules.Add(new RobotsRule(key == "allow", RobotsPath.Normalize(pattern)));
                    }

                    break;
                case "crawl-delay" or "crawldelay":
                    inAgentRun = false;
                    if (current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
            }
        }

        return groups;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
