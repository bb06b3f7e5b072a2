using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Orchestrations;
using Microsoft.DurableTask.Client;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// Builds a campaign's progress. A finished campaign's comes from its output. While it runs, the parent
/// only knows finished searches, so the live counters are read from each search's own custom status
/// (searches are few: bounded by <see cref="ApiOptions.MaxSearches"/>).
/// </summary>
public static class CampaignProgressReader
{
    public static async Task<(ProgressView? Progress, IReadOnlyList<SearchError> Errors)> ReadAsync(
        DurableTaskClient client, CampaignRecord campaign, OrchestrationMetadata? instance, CancellationToken ct)
    {
        if (instance is null)
        {
            return (null, []);
        }

        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.ReadOutputAs<CampaignResult>() is { } result)
        {
            return (ToView(result.Progress.Stage, campaign.SearchCount, result.Progress.SearchesDone, result.Progress.Platforms), result.Progress.Errors);
        }

        var stage = instance.ReadCustomStatusAs<CampaignProgress>()?.Stage ?? CampaignProgress.Searching;
        var children = await Task.WhenAll(Enumerable.Range(0, campaign.SearchCount).Select(i =>
            TryGetSearchAsync(client, SearchOrchestrator.InstanceId(campaign.Id, i), ct)));

        var platforms = new Dictionary<string, SearchProgress>(StringComparer.Ordinal);
        var errors = new List<SearchError>();
        var done = 0;
        for (var i = 0; i < children.Length; i++)
        {
            var platform = campaign.Platforms[i % campaign.Platforms.Count];
            var progress = SearchProgress.Zero;
            if (children[i] is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } finished && finished.ReadOutputAs<SearchResult>() is { } output)
            {
                done++;
                progress = output.Progress;
                errors.AddRange(output.Errors);
            }
            else if (children[i]?.ReadCustomStatusAs<SearchProgress>() is { } live)
            {
                progress = live;
            }

            platforms[platform] = platforms.GetValueOrDefault(platform, SearchProgress.Zero).Add(progress);
        }

        return (ToView(stage, campaign.SearchCount, done, platforms), errors);
    }

    // A search's state row can exist before its start event is stored (right after a host restart the
    // engine may still be redelivering it), and the engine then fails the lookup. One search's live counters
    // are not worth failing the campaign's status for: count it as not started yet.
    private static async Task<OrchestrationMetadata?> TryGetSearchAsync(DurableTaskClient client, string instanceId, CancellationToken ct)
    {
        try
        {
            return await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct);
        }
        catch (Grpc.Core.RpcException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private static ProgressView ToView(string stage, int total, int done, IReadOnlyDictionary<string, SearchProgress> platforms)
    {
        var sum = platforms.Values.Aggregate(SearchProgress.Zero, (a, b) => a.Add(b));
        return new ProgressView(stage, total, done, sum.Found, sum.Processed, sum.Leads, sum.Phones, sum.Errors, platforms);
    }
}
