using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;

namespace LeadIntel.Workflows.Platforms;

/// <summary>
/// A Core <see cref="IPlatformAdapter"/> as a listing source: discovery walks the listing pages (following
/// pagination) and collects the detail jobs' URLs; reading a listing runs its detail job. A failure the
/// adapter calls retryable throws <see cref="HttpRequestException"/> for the activity's retry policy.
/// </summary>
public sealed class PlatformAdapterListingSource(IPlatformAdapter adapter, TimeProvider clock) : IListingSource
{
    /// <summary>Listing pages one discovery may walk: a runaway pager must not hold an activity past its lock.</summary>
    public const int MaxListingPages = 200;

    public string Platform => adapter.Platform;

    public async Task<IReadOnlyList<string>> DiscoverAsync(ListingSearch search, CancellationToken ct)
    {
        var pending = new Queue<PlatformJob>(adapter.Seed(new PlatformRequest(search.Query, search.MaxResults, search.Region)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var details = new List<string>();
        for (var pages = 0; pending.Count > 0 && details.Count < search.MaxResults && pages < MaxListingPages; pages++)
        {
            var job = pending.Dequeue();
            if (!seen.Add(job.Key))
            {
                continue;
            }

            var step = await RunAsync(job, ct);
            foreach (var next in step.FollowUps)
            {
                if (next.Label == PlatformJobLabels.Detail)
                {
                    if (seen.Add(next.Key) && details.Count < search.MaxResults)
                    {
                        details.Add(next.Url);
                    }
                }
                else
                {
                    pending.Enqueue(next);
                }
            }
        }

        return details;
    }

    public async Task<Lead> ReadAsync(string listing, ListingSearch search, CancellationToken ct)
    {
        var step = await RunAsync(new PlatformJob(Platform, PlatformJobLabels.Detail, listing, search.Query, search.Region), ct);
        return step.Leads.FirstOrDefault() ?? throw new ListingException($"{listing}: no lead on the page");
    }

    private async Task<PlatformStep> RunAsync(PlatformJob job, CancellationToken ct)
    {
        try
        {
            return await adapter.RunAsync(job, clock.GetUtcNow(), ct);
        }
        catch (PlatformException ex) when (ex.Retryable)
        {
            throw new HttpRequestException(ex.Message, ex);
        }
        catch (PlatformException ex)
        {
            throw new ListingException(ex.Message, ex);
        }
    }
}
