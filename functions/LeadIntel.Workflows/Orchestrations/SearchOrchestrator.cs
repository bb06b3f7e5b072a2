using BrowserJob = LeadIntel.Core.Platforms.BrowserJob;
using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Orchestrations;

/// <summary>Input of <see cref="SearchOrchestrator"/>: one (query, platform) pair of a campaign.</summary>
public sealed record SearchRequest(string CampaignId, string UserId, int SearchIndex, ListingSearch Search, CampaignOptions Options, LeadEnrichment? Enrichment = null);

/// <summary>
/// Runs one search: discovery, then listing batches fanned out with a bound, each writing its own part
/// blob. A batch that ran out of time is continued where it stopped; a batch that keeps failing costs its
/// listings, not the search. Browser platforms go to the worker pool and wait for its event. Failures come
/// back as data in the <see cref="SearchResult"/>; progress is the custom status.
/// </summary>
public sealed class SearchOrchestrator : TaskOrchestrator<SearchRequest, SearchResult>
{
    /// <summary>Transient failures (storage, network) get four tries with exponential backoff.</summary>
    internal static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 4, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(20)));

    public static string InstanceId(string campaignId, int searchIndex) => $"{campaignId}:s{searchIndex:D3}";

    public override async Task<SearchResult> RunAsync(TaskOrchestrationContext context, SearchRequest input)
    {
        var search = input.Search;
        if (PlatformNames.IsBrowser(search.Platform))
        {
            return await RunInBrowserAsync(context, input);
        }

        DiscoveryResult discovery;
        try
        {
            discovery = await context.CallActivityAsync<DiscoveryResult>(
                nameof(DiscoverListingsActivity), new DiscoverListingsRequest(input.CampaignId, input.UserId, input.SearchIndex, search), ActivityRetry);
        }
        catch (TaskFailedException ex)
        {
            return SearchResult.Failure(input.SearchIndex, search.Platform, search.Query, $"discovery failed: {ex.FailureDetails.ErrorMessage}");
        }

        if (discovery.Error is not null)
        {
            return SearchResult.Failure(input.SearchIndex, search.Platform, search.Query, discovery.Error);
        }

        var progress = SearchProgress.Zero with { Found = discovery.Count };
        var errors = new List<SearchError>();
        context.SetCustomStatus(progress);

        var batchSize = Math.Max(1, input.Options.BatchSize);
        var pending = new Queue<(int Offset, int Count)>();
        for (var offset = 0; offset < discovery.Count; offset += batchSize)
        {
            pending.Enqueue((offset, Math.Min(batchSize, discovery.Count - offset)));
        }

        var running = new Dictionary<Task<BatchResult>, (int Offset, int Count)>();
        while (pending.Count > 0 || running.Count > 0)
        {
            while (pending.Count > 0 && running.Count < Math.Max(1, input.Options.MaxParallelBatches))
            {
                var batch = pending.Dequeue();
                var request = new ProcessListingBatchRequest(input.CampaignId, input.UserId, input.SearchIndex, search, discovery.ListingsBlob, batch.Offset, batch.Count, input.Enrichment);
                running.Add(context.CallActivityAsync<BatchResult>(nameof(ProcessListingBatchActivity), request, ActivityRetry), batch);
            }

            var done = await Task.WhenAny(running.Keys);
            var (doneOffset, doneCount) = running[done];
            running.Remove(done);
            try
            {
                var result = await done;
                progress = progress.Add(new SearchProgress(0, result.Processed, result.Leads, result.Phones, result.Errors.Count));
                errors.AddRange(result.Errors.Select(e => new SearchError(search.Platform, search.Query, e)));
                if (result.Processed < doneCount)
                {
                    // Out of time budget: the rest of the batch goes back in line under its own part key.
                    pending.Enqueue((doneOffset + result.Processed, doneCount - result.Processed));
                }
            }
            catch (TaskFailedException ex)
            {
                progress = progress.Add(SearchProgress.Zero with { Errors = doneCount });
                errors.Add(new SearchError(search.Platform, search.Query, $"listings {doneOffset}–{doneOffset + doneCount - 1} failed: {ex.FailureDetails.ErrorMessage}"));
            }

            context.SetCustomStatus(progress);
        }

        return new SearchResult(input.SearchIndex, search.Platform, search.Query, progress, errors);
    }

    private static async Task<SearchResult> RunInBrowserAsync(TaskOrchestrationContext context, SearchRequest input)
    {
        var search = input.Search;
        var job = new BrowserJob(
            context.InstanceId, input.CampaignId, input.UserId, input.SearchIndex, search.Platform, search.Query, search.MaxResults, search.Region,
            Storage.LeadBlobPaths.PartsPrefix(input.UserId, input.CampaignId), input.Enrichment?.Ocr);
        await context.CallActivityAsync<bool>(nameof(RequestBrowserJobActivity), job, ActivityRetry);
        try
        {
            return await context.WaitForExternalEvent<SearchResult>(BrowserJob.EventName, TimeSpan.FromMinutes(input.Options.BrowserJobTimeoutMinutes));
        }
        catch (TaskCanceledException)
        {
            return SearchResult.Failure(input.SearchIndex, search.Platform, search.Query, $"no browser worker finished the job within {input.Options.BrowserJobTimeoutMinutes} min");
        }
    }
}
