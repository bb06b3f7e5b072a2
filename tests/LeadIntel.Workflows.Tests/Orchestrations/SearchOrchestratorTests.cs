using BrowserJob = LeadIntel.Core.Platforms.BrowserJob;
using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Platforms;
using LeadIntel.Workflows.Storage;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Orchestrations;

public class SearchOrchestratorTests
{
    private static SearchRequest Request(string platform = "directory", int batchSize = 10, int parallel = 3) => new(
        "cmp-1", "alice", 4, new ListingSearch(platform, "dentists", 100, "CA"), CampaignOptions.Default with { BatchSize = batchSize, MaxParallelBatches = parallel });

    [Fact]
    public async Task Splits_listings_into_batches_keyed_by_offset_with_a_bound()
    {
        var context = new ScriptedOrchestrationContext("cmp-1:s004")
            .OnActivity<DiscoverListingsRequest, DiscoveryResult>(nameof(DiscoverListingsActivity), _ => new DiscoveryResult("blob", 35))
            .OnActivity<ProcessListingBatchRequest, BatchResult>(nameof(ProcessListingBatchActivity), r => new BatchResult(r.Count, r.Count, r.Count * 2, []));

        var result = await new SearchOrchestrator().RunAsync(context, Request());

        var batches = context.Calls.Where(c => c.Name == nameof(ProcessListingBatchActivity)).Select(c => (ProcessListingBatchRequest)c.Input!).ToList();
        Assert.Equal([0, 10, 20, 30], batches.Select(b => b.Offset).Order());
        Assert.Equal(35, batches.Sum(b => b.Count));
        Assert.All(batches, b => Assert.Equal("blob", b.ListingsBlob));
        Assert.InRange(context.MaxInFlight, 1, 3);
        Assert.Equal(new SearchProgress(35, 35, 35, 70, 0), result.Progress);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_batch_out_of_time_is_continued_where_it_stopped()
    {
        var context = new ScriptedOrchestrationContext("cmp-1:s004")
            .OnActivity<DiscoverListingsRequest, DiscoveryResult>(nameof(DiscoverListingsActivity), _ => new DiscoveryResult("blob", 10))
            .OnActivity<ProcessListingBatchRequest, BatchResult>(nameof(ProcessListingBatchActivity), r =>
                r.Offset == 0 ? new BatchResult(4, 4, 0, []) : new BatchResult(r.Count, r.Count, 0, []));

        var result = await new SearchOrchestrator().RunAsync(context, Request(batchSize: 10));

        var batches = context.Calls.Where(c => c.Name == nameof(ProcessListingBatchActivity)).Select(c => (ProcessListingBatchRequest)c.Input!).ToList();
        Assert.Equal([(0, 10), (4, 6)], batches.Select(b => (b.Offset, b.Count)));
        Assert.Equal(10, result.Progress.Processed);
        Assert.Equal(10, result.Progress.Leads);
    }

    [Fact]
    public async Task A_failing_batch_costs_its_listings_not_the_search()
    {
        var context = new ScriptedOrchestrationContext("cmp-1:s004")
            .OnActivity<DiscoverListingsRequest, DiscoveryResult>(nameof(DiscoverListingsActivity), _ => new DiscoveryResult("blob", 20))
            .OnActivity<ProcessListingBatchRequest, BatchResult>(nameof(ProcessListingBatchActivity), r =>
                r.Offset == 10 ? throw ScriptedOrchestrationContext.Failure(nameof(ProcessListingBatchActivity), "storage gone") : new BatchResult(r.Count, r.Count, 1, ["one page 404"]));

        var result = await new SearchOrchestrator().RunAsync(context, Request(batchSize: 10));

        Assert.Equal(10, result.Progress.Leads);
        Assert.Equal(11, result.Progress.Errors);
        Assert.Contains(result.Errors, e => e.Message.Contains("listings 10–19 failed", StringComparison.Ordinal) && e.Message.Contains("storage gone", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message == "one page 404");
    }

    [Fact]
    public async Task A_query_discovery_cannot_answer_returns_as_a_failed_search()
    {
        var context = new ScriptedOrchestrationContext("cmp-1:s004")
            .OnActivity<DiscoverListingsRequest, DiscoveryResult>(nameof(DiscoverListingsActivity), _ => new DiscoveryResult("blob", 0, "'dentists' is not a URL or domain"));

        var result = await new SearchOrchestrator().RunAsync(context, Request("website"));

        Assert.True(result.Failed);
        Assert.Equal("'dentists' is not a URL or domain", Assert.Single(result.Errors).Message);
        Assert.DoesNotContain(context.Calls, c => c.Name == nameof(ProcessListingBatchActivity));
    }

    [Fact]
    public async Task A_browser_platform_enqueues_a_job_and_reports_when_no_worker_answers()
    {
        var context = new ScriptedOrchestrationContext("cmp-1:s004")
            .OnActivity<BrowserJob, bool>(nameof(RequestBrowserJobActivity), _ => true);

        var result = await new SearchOrchestrator().RunAsync(context, Request(PlatformNames.GoogleMaps));

        var job = (BrowserJob)Assert.Single(context.Calls).Input!;
        Assert.Equal(("cmp-1:s004", "google_maps", "dentists", "alice/cmp-1/parts/"), (job.InstanceId, job.Platform, job.Query, job.PartsPrefix));
        Assert.True(result.Failed);
        Assert.Contains("no browser worker", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
