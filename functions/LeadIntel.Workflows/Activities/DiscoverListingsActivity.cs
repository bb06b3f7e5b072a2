using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="DiscoverListingsActivity"/>.</summary>
public sealed record DiscoverListingsRequest(string CampaignId, string UserId, int SearchIndex, ListingSearch Search);

/// <summary>
/// Lists a search's listings and writes them to a blob, so the list travels by reference and not through
/// orchestration history. A query that can never be answered returns as data; a transient failure throws
/// for the retry policy.
/// </summary>
public sealed class DiscoverListingsActivity(ListingSources sources, LeadBlobStore blobs) : TaskActivity<DiscoverListingsRequest, DiscoveryResult>
{
    public override async Task<DiscoveryResult> RunAsync(TaskActivityContext context, DiscoverListingsRequest input)
    {
        var blob = LeadBlobPaths.Listings(input.UserId, input.CampaignId, input.SearchIndex);
        try
        {
            var listings = await sources.Get(input.Search.Platform).DiscoverAsync(input.Search, CancellationToken.None);
            var bounded = listings.Distinct(StringComparer.Ordinal).Take(input.Search.MaxResults).ToList();
            await blobs.WriteListingsAsync(blob, bounded, CancellationToken.None);
            return new DiscoveryResult(blob, bounded.Count);
        }
        catch (ListingException ex)
        {
            return new DiscoveryResult(blob, 0, ex.Message);
        }
    }
}
