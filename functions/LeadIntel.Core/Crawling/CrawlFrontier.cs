namespace LeadIntel.Core.Crawling;

/// <summary>
/// The URLs waiting to be fetched, best first: contact-like tier, then link depth, then discovery order.
/// Every URL is admitted once by its <see cref="CanonicalUrl.DedupeKey"/>, redirect targets included.
/// </summary>
internal sealed class CrawlFrontier
{
    private readonly PriorityQueue<CrawlTarget, (int Tier, int Depth, long Order)> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _order;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="target"/> unless its page was seen before.</summary>
    public bool TryAdd(CrawlTarget target, int tier)
    {
        lock (_lock)
        {
            if (!_seen.Add(CanonicalUrl.DedupeKey(target.Url)))
            {
                return false;
            }

            _queue.Enqueue(target, (tier, target.Depth, _order++));
            return true;
        }
    }

    /// <summary>Marks a redirect target as seen; false when it was already queued or fetched.</summary>
    public bool MarkSeen(Uri url)
    {
        lock (_lock)
        {
            return _seen.Add(CanonicalUrl.DedupeKey(url));
        }
    }

    public bool TryTake(out CrawlTarget target)
    {
        lock (_lock)
        {
            return _queue.TryDequeue(out target!, out _);
        }
    }
}
