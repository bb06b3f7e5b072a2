using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Orchestrations;

public class CampaignOrchestratorTests
{
    private static CampaignRequest Request(int queries, string[] platforms, int maxParallel = 2) => new(
        "cmp-1", "alice", Enumerable.Range(0, queries).Select(i => $"q{i}").ToList(), platforms, 50, "US", CampaignFilters.None,
        CampaignOptions.Default with { MaxParallelSearches = maxParallel });

    private static SearchResult Found(SearchRequest r, int leads) =>
        new(r.SearchIndex, r.Search.Platform, r.Search.Query, new SearchProgress(leads, leads, leads, leads, 0), []);

    [Fact]
    public async Task Fans_out_one_search_per_query_and_platform_with_deterministic_ids_and_a_bound()
    {
        var context = new ScriptedOrchestrationContext("cmp-1")
            .OnSubOrchestrator<SearchRequest, SearchResult>(nameof(SearchOrchestrator), r => Found(r, 3))
            .OnActivity<MergeLeadsRequest, MergeResult>(nameof(MergeLeadsActivity), _ => new MergeResult(15, 3, 0, "c", "j"))
            .OnActivity<RecordAnalyticsRequest, Workflows.Analytics.RecordOutcome>(nameof(RecordAnalyticsActivity), _ => Workflows.Analytics.RecordOutcome.Zero);

        var result = await new CampaignOrchestrator().RunAsync(context, Request(3, ["website", "directory"], maxParallel: 2));

        Assert.Equal(6, context.SubOrchestrations.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"cmp-1:s{i:D3}"), context.SubOrchestrations.Select(s => s.InstanceId));
        var searches = context.SubOrchestrations.Select(s => ((SearchRequest)s.Input!).Search).ToList();
        Assert.Equal(["q0", "q0", "q1", "q1", "q2", "q2"], searches.Select(s => s.Query));
        Assert.Equal(["website", "directory", "website", "directory", "website", "directory"], searches.Select(s => s.Platform));
        Assert.InRange(context.MaxInFlight, 1, 2);
        Assert.Equal(15, result.Leads);
        Assert.Equal(3, result.Duplicates);
        Assert.Equal(9, result.Progress.Platforms["website"].Leads);
        Assert.Equal(9, result.Progress.Platforms["directory"].Leads);
        Assert.Equal(CampaignProgress.Done, ((CampaignProgress)context.Statuses[^1]!).Stage);
    }

    [Fact]
    public async Task A_failed_search_becomes_an_error_and_the_campaign_still_merges()
    {
        var context = new ScriptedOrchestrationContext("cmp-1")
            .OnSubOrchestrator<SearchRequest, SearchResult>(nameof(SearchOrchestrator), r =>
                r.Search.Platform == "directory" ? throw ScriptedOrchestrationContext.Failure(nameof(SearchOrchestrator), "directory down") : Found(r, 2))
            .OnActivity<MergeLeadsRequest, MergeResult>(nameof(MergeLeadsActivity), _ => new MergeResult(4, 0, 0, "c", "j"))
            .OnActivity<RecordAnalyticsRequest, Workflows.Analytics.RecordOutcome>(nameof(RecordAnalyticsActivity), _ => Workflows.Analytics.RecordOutcome.Zero);

        var result = await new CampaignOrchestrator().RunAsync(context, Request(2, ["website", "directory"]));

        Assert.Equal(4, result.Leads);
        Assert.Equal(2, result.Progress.Errors.Count);
        Assert.All(result.Progress.Errors, e => Assert.Equal("directory", e.Platform));
        Assert.Contains(result.Progress.Errors, e => e.Message.Contains("directory down", StringComparison.Ordinal));
        Assert.Single(context.Calls, c => c.Name == nameof(MergeLeadsActivity));
    }

    [Fact]
    public async Task Figures_are_recorded_after_the_merge_and_their_failure_does_not_fail_the_campaign()
    {
        var context = new ScriptedOrchestrationContext("cmp-1")
            .OnSubOrchestrator<SearchRequest, SearchResult>(nameof(SearchOrchestrator), r => Found(r, 2))
            .OnActivity<MergeLeadsRequest, MergeResult>(nameof(MergeLeadsActivity), _ => new MergeResult(2, 0, 0, "c", "j"))
            .OnActivity<RecordAnalyticsRequest, Workflows.Analytics.RecordOutcome>(
                nameof(RecordAnalyticsActivity), _ => throw ScriptedOrchestrationContext.Failure(nameof(RecordAnalyticsActivity), "table down"));

        var result = await new CampaignOrchestrator().RunAsync(context, Request(1, ["website"]));

        Assert.Equal([nameof(MergeLeadsActivity), nameof(RecordAnalyticsActivity)], context.Calls.Select(c => c.Name));
        Assert.Equal(new RecordAnalyticsRequest("cmp-1", "alice"), context.Calls[1].Input);
        Assert.Equal(2, result.Leads);
        var error = Assert.Single(result.Progress.Errors);
        Assert.Equal("analytics", error.Platform);
        Assert.Contains("table down", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_reports_each_finished_search_before_merging()
    {
        var context = new ScriptedOrchestrationContext("cmp-1")
            .OnSubOrchestrator<SearchRequest, SearchResult>(nameof(SearchOrchestrator), r => Found(r, 1))
            .OnActivity<MergeLeadsRequest, MergeResult>(nameof(MergeLeadsActivity), _ => new MergeResult(3, 0, 0, "c", "j"))
            .OnActivity<RecordAnalyticsRequest, Workflows.Analytics.RecordOutcome>(nameof(RecordAnalyticsActivity), _ => Workflows.Analytics.RecordOutcome.Zero);

        await new CampaignOrchestrator().RunAsync(context, Request(3, ["website"], maxParallel: 1));

        var statuses = context.Statuses.Cast<CampaignProgress>().ToList();
        Assert.Equal([0, 1, 2, 3, 3, 3], statuses.Select(s => s.SearchesDone));
        Assert.Equal(CampaignProgress.Merging, statuses[^2].Stage);
        Assert.All(statuses, s => Assert.Equal(3, s.SearchesTotal));
    }
}
