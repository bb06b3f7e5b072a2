using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// The state of one crawl and its loop: take the best URL from the frontier, visit it, fold the visit
/// into the aggregators and queue its links, until the frontier is empty or MaxPages is reached.
/// Only this loop touches the aggregators and result lists, so they need no locks.
/// </summary>
internal sealed class CrawlRun(CrawlOptions options, PageVisitor visitor, CrawlFrontier frontier, SiteScope scope)
{
    private readonly PhoneAggregator _phones = new();
    private readonly EmailAggregator _emails = new();
    private readonly List<CrawledPage> _pages = [];
    private readonly List<string> _needsBrowser = [];
    private readonly List<CrawlError> _errors = [];
    private readonly List<string> _robotsDenied = [];
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<CrawlResult> ExecuteAsync(Uri start, IEnumerable<CrawlError> robotsProblems, CancellationToken ct)
    {
        frontier.TryAdd(new CrawlTarget(start, 0), LinkRanking.Contact);
        var inFlight = new List<Task<PageVisit>>();
        while (true)
        {
            // Robots-denied visits make no request, so they free their place under MaxPages when they return.
            while (_pages.Count + inFlight.Count < options.MaxPages && inFlight.Count < ParallelLimit() && frontier.TryTake(out var target))
            {
                _hosts.Add(target.Url.IdnHost);
                inFlight.Add(visitor.VisitAsync(target, ct));
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(inFlight);
            inFlight.Remove(done);
            Fold(await done);
        }

        _errors.AddRange(robotsProblems);
        return new CrawlResult(_phones.Build(), _emails.Build(), _pages, _needsBrowser, _errors, _robotsDenied);
    }

    // The throttle enforces the per-host bound; this only keeps the loop from queueing visits that would all wait.
    private int ParallelLimit() => options.MaxConcurrencyPerHost * Math.Max(1, _hosts.Count);

    private void Fold(PageVisit visit)
    {
        if (visit.RobotsDenied is not null)
        {
            _robotsDenied.Add(visit.RobotsDenied);
        }

        if (visit.Page is not null)
        {
            _pages.Add(visit.Page);
        }

        if (visit.Error is not null)
        {
            _errors.Add(visit.Error);
        }

        if (visit.NeedsBrowser && visit.Page is not null)
        {
            _needsBrowser.Add(visit.Page.Url);
        }

        _phones.AddRange(visit.Phones, visit.Region);
        _emails.AddRange(visit.Emails);
        Enqueue(visit);
    }

    private void Enqueue(PageVisit visit)
    {
        var depth = visit.Target.Depth + 1;
        if (depth > options.MaxDepth)
        {
            return;
        }

        foreach (var link in visit.Links)
        {
            var url = CanonicalUrl.Normalize(link.Url);
            if (url is null || !scope.Contains(url) || LinkFilter.SkipReason(url) is not null)
            {
                continue;
            }

            frontier.TryAdd(new CrawlTarget(url, depth), LinkRanking.Tier(url, link.Text));
        }
    }
}
