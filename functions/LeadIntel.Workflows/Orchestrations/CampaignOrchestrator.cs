using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Orchestrations;

/// <summary>Input of <see cref="CampaignOrchestrator"/>.</summary>
public sealed record CampaignRequest(
    string CampaignId,
    string UserId,
    IReadOnlyList<string> Queries,
    IReadOnlyList<string> Platforms,
    int MaxResults,
    string Region,
    CampaignFilters Filters,
    CampaignOptions Options,
    LeadEnrichment? Enrichment = null);

/// <summary>
/// A campaign: one <see cref="SearchOrchestrator"/> per (query, platform) with a bound on how many run at
/// once, then one fan-in activity that dedupes, classifies, filters and writes the CSV, and one that adds the
/// merged leads to the analytics aggregates. A failed search
/// becomes an error entry; the campaign still completes with what the others found. The custom status is
/// a <see cref="CampaignProgress"/>.
/// </summary>
public sealed class CampaignOrchestrator : TaskOrchestrator<CampaignRequest, CampaignResult>
{
    public override async Task<CampaignResult> RunAsync(TaskOrchestrationContext context, CampaignRequest input)
    {
        var searches = input.Queries
            .SelectMany(query => input.Platforms.Select(platform => new ListingSearch(platform, query, input.MaxResults, input.Region)))
            .Select((search, index) => new SearchRequest(input.CampaignId, input.UserId, index, search, input.Options, input.Enrichment))
            .ToList();

        var done = new List<SearchResult>();
        var running = new Dictionary<Task<SearchResult>, SearchRequest>();
        var next = 0;
        context.SetCustomStatus(CampaignProgress.From(CampaignProgress.Searching, searches.Count, done));
        while (next < searches.Count || running.Count > 0)
        {
            while (next < searches.Count && running.Count < Math.Max(1, input.Options.MaxParallelSearches))
            {
                var search = searches[next++];
                // No retry here: a search returns its failures as data, and its instance id must stay unique.
                var options = new SubOrchestrationOptions(instanceId: SearchOrchestrator.InstanceId(input.CampaignId, search.SearchIndex));
                running.Add(context.CallSubOrchestratorAsync<SearchResult>(nameof(SearchOrchestrator), search, options), search);
            }

            var finished = await Task.WhenAny(running.Keys);
            var request = running[finished];
            running.Remove(finished);
            try
            {
                done.Add(await finished);
            }
            catch (TaskFailedException ex)
            {
                done.Add(SearchResult.Failure(request.SearchIndex, request.Search.Platform, request.Search.Query, ex.FailureDetails.ErrorMessage));
            }

            context.SetCustomStatus(CampaignProgress.From(CampaignProgress.Searching, searches.Count, done));
        }

        context.SetCustomStatus(CampaignProgress.From(CampaignProgress.Merging, searches.Count, done));
        var merged = await context.CallActivityAsync<MergeResult>(
            nameof(MergeLeadsActivity), new MergeLeadsRequest(input.CampaignId, input.UserId, input.Filters), SearchOrchestrator.ActivityRetry);

        var progress = CampaignProgress.From(CampaignProgress.Done, searches.Count, done.OrderBy(r => r.SearchIndex).ToList());
        try
        {
            await context.CallActivityAsync<Analytics.RecordOutcome>(
                nameof(RecordAnalyticsActivity), new RecordAnalyticsRequest(input.CampaignId, input.UserId), SearchOrchestrator.ActivityRetry);
        }
        catch (TaskFailedException ex)
        {
            // The leads are safe in the merged file; a campaign does not fail because its figures could not be counted.
            progress = progress with { Errors = [.. progress.Errors, new SearchError("analytics", "", $"figures not recorded: {ex.FailureDetails.ErrorMessage}")] };
        }

        context.SetCustomStatus(progress);
        return new CampaignResult(merged.Leads, merged.Duplicates, merged.FilteredOut, progress);
    }
}
