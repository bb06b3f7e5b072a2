using LeadIntel.BrowserWorker.PagePhones;
using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Model;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>
/// Runs one search on one leased page: visits the adapter's pages (detail pages before further
/// searches, so the job reaches its result count soonest), dedupes listings by key, completes each
/// from its detail page with the live page's own phone sightings and their boxes (and, when the search
/// asks, the phones drawn as images there), and stops at the wanted count, at the end of the pages, or at a block.
/// </summary>
public sealed class PlatformCrawler(LivePageLayers layers, PhoneBoxLocator boxes, TimeProvider time, PageImageOcr? images = null)
{
    public async Task<CrawlResult> RunAsync(IBrowserPlatformAdapter adapter, PlatformSearch search, BrowserLease lease, ICrawlObserver observer, CancellationToken ct)
    {
        var state = new CrawlState(search.MaxResults, time);
        var queue = new PriorityQueue<PageRequest, (int, long)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long order = 0;
        void Enqueue(PageRequest r)
        {
            if (seen.Add(r.Label + " " + r.Url))
            {
                queue.Enqueue(r, (r.IsDetail ? 0 : 1, order++));
            }
        }

        await adapter.PrepareAsync(lease.Context, ct).ConfigureAwait(false);
        Enqueue(adapter.StartRequest(search));
        while (queue.TryDequeue(out var request, out _))
        {
            ct.ThrowIfCancellationRequested();
            if (!state.Wants(request))
            {
                continue;
            }

            PageCapture capture;
            try
            {
                // A search page may repeat listings already known, so it is asked for the whole count.
                capture = await adapter.CaptureAsync(lease.Page, request, search.MaxResults, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException && lease.IsBrowserAlive && !ct.IsCancellationRequested)
            {
                if (state.Processed == 0)
                {
                    // Not even the first page: the site is unreachable, which is worth a later retry, not a result.
                    throw new PlatformUnavailableException($"{adapter.Platform} did not answer at {request.Url}: {ex.Message.Split('\n')[0]}", ex);
                }

                state.Errors.Add($"{request.Url}: {ex.Message.Split('\n')[0]}");
                await observer.LogAsync($"page failed: {request.Url}").ConfigureAwait(false);
                continue;
            }
            catch (PlaywrightException ex) when (!lease.IsBrowserAlive)
            {
                throw new BrowserCrashedException($"The browser died while reading {request.Url}.", ex);
            }

            state.Processed++;
            var parsed = adapter.Parse(request, capture, search);
            if (parsed.Block is not null)
            {
                await observer.LogAsync($"{parsed.Block.Status} at {parsed.Block.Evidence}").ConfigureAwait(false);
                return state.Result(search, parsed.Block);
            }

            // A listing is final when complete, or when no detail page of its own will complete it.
            var pending = parsed.FollowUps.Where(f => f.IsDetail && f.Key is not null).Select(f => f.Key!).ToHashSet(StringComparer.Ordinal);
            var pageLeads = new List<Lead>();
            foreach (var listing in parsed.Listings)
            {
                if (state.Add(listing) is { } added && (added.Complete || !pending.Contains(added.Key)) && !state.Completed.ContainsKey(added.Key))
                {
                    pageLeads.Add(await CompleteAsync(state, added, lease.Page, capture, search, request.IsDetail, observer, ct).ConfigureAwait(false));
                }
            }

            await ShowPhonesAsync(lease.Page, capture, parsed, pageLeads, search, observer).ConfigureAwait(false);
            foreach (var follow in parsed.FollowUps)
            {
                Enqueue(follow);
            }

            await observer.ProgressAsync(state.Progress).ConfigureAwait(false);
        }

        return state.Result(search, null);
    }

    private async Task<Lead> CompleteAsync(
        CrawlState state, PlatformListing listing, IPage page, PageCapture capture, PlatformSearch search, bool onDetailPage, ICrawlObserver observer, CancellationToken ct)
    {
        var url = capture.Url.ToString();
        var hits = layers.Find(capture.Html, capture.Url, search.Region);
        if (search.Ocr && onDetailPage && images is not null)
        {
            // Only a detail page's images belong to its one listing; a results page's would be misattributed.
            hits = [.. hits, .. await images.FindAsync(page, search.Region, ct).ConfigureAwait(false)];
        }

        var lead = listing.ToLead(search.Region, hits) with { FoundAt = time.GetUtcNow() };
        lead = LivePageLayers.WithBoxes(lead, await boxes.LocateAsync(page, lead.Phones).ConfigureAwait(false), url);
        state.Completed[listing.Key] = lead;
        await observer.LeadAsync(lead).ConfigureAwait(false);
        return lead;
    }

    /// <summary>Tells the live view where this page's phones are (detail phones, else the phones on the listing cards).</summary>
    private async Task ShowPhonesAsync(IPage page, PageCapture capture, PlatformPage parsed, List<Lead> pageLeads, PlatformSearch search, ICrawlObserver observer)
    {
        var url = capture.Url.ToString();
        var phones = pageLeads.Count > 0
            ? pageLeads.SelectMany(l => l.Phones).ToList()
            : parsed.Listings.SelectMany(l => l.ToLead(search.Region).Phones).ToList();
        if (phones.Count == 0)
        {
            return;
        }

        if (pageLeads.Count == 0)
        {
            var located = await boxes.LocateAsync(page, phones).ConfigureAwait(false);
            phones = LivePageLayers.WithBoxes(new Lead { Platform = search.Platform, Query = search.Query, Name = string.Empty, Url = url, Phones = phones }, located, url).Phones.ToList();
        }

        await observer.PhonesAsync(url, phones).ConfigureAwait(false);
    }

    private sealed class CrawlState(int max, TimeProvider time)
    {
        public Dictionary<string, PlatformListing> Listings { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public Dictionary<string, Lead> Completed { get; } = new(StringComparer.Ordinal);

        public List<string> Errors { get; } = [];

        public int Processed { get; set; }

        public CrawlProgress Progress => new(Order.Count, Processed, Completed.Count, Completed.Values.Sum(l => l.Phones.Count), Errors.Count);

        /// <summary>A detail page is worth a visit while its listing is wanted and not complete; a search while listings are missing.</summary>
        public bool Wants(PageRequest request) => request.IsDetail
            ? request.Key is not null && Listings.ContainsKey(request.Key) && !Completed.ContainsKey(request.Key)
            : Order.Count < max;

        /// <summary>Adds or merges a listing; returns the merged listing, or null when it is beyond the wanted count.</summary>
        public PlatformListing? Add(PlatformListing listing)
        {
            if (Listings.TryGetValue(listing.Key, out var known))
            {
                return Listings[listing.Key] = known.Merge(listing);
            }

            if (Order.Count >= max)
            {
                return null;
            }

            Order.Add(listing.Key);
            return Listings[listing.Key] = listing;
        }

        public CrawlResult Result(PlatformSearch search, PlatformBlock? block)
        {
            var leads = Order
                .Select(key => Completed.TryGetValue(key, out var lead) ? lead : Listings[key].ToLead(search.Region) with { FoundAt = time.GetUtcNow() })
                .ToList();
            return new CrawlResult(leads, Progress with { Leads = leads.Count, Phones = leads.Sum(l => l.Phones.Count) }, Errors, block);
        }
    }
}
