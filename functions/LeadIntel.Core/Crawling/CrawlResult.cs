using LeadIntel.Core.Model;

namespace LeadIntel.Core.Crawling;

/// <summary>What a crawl of one site found, and an honest account of what it fetched, skipped and failed.</summary>
/// <param name="Phones">Fused across pages; evidence from pages other than the start page has layer <c>website_crawl</c>.</param>
/// <param name="Emails">Likewise.</param>
/// <param name="Pages">Every page request, in the order they completed.</param>
/// <param name="NeedsBrowser">Pages that look rendered by JavaScript: a browser job should take them.</param>
/// <param name="Errors">Pages and robots.txt files that failed.</param>
/// <param name="RobotsDenied">Links robots.txt forbade; never requested.</param>
public sealed record CrawlResult(
    IReadOnlyList<Phone> Phones,
    IReadOnlyList<Email> Emails,
    IReadOnlyList<CrawledPage> Pages,
    IReadOnlyList<string> NeedsBrowser,
    IReadOnlyList<CrawlError> Errors,
    IReadOnlyList<string> RobotsDenied);
