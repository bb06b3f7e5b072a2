using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>What visiting one frontier URL produced; folded into the crawl result on the crawl loop.</summary>
internal sealed record PageVisit(CrawlTarget Target)
{
    /// <summary>The request made, if one was (robots-denied and skipped visits make none).</summary>
    public CrawledPage? Page { get; init; }

    public string? RobotsDenied { get; init; }

    public CrawlError? Error { get; init; }

    public bool NeedsBrowser { get; init; }

    /// <summary>The region the page's numbers were read in.</summary>
    public string Region { get; init; } = "US";

    public IReadOnlyList<PhoneHit> Phones { get; init; } = [];

    public IReadOnlyList<EmailHit> Emails { get; init; } = [];

    public IReadOnlyList<PageLink> Links { get; init; } = [];
}
