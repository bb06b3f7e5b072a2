using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Bench;
using LeadIntel.Workflows.Orchestrations;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Every orchestrator and activity, for a worker's task registry.</summary>
public static class WorkflowTasks
{
    public static void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<CampaignOrchestrator>();
        registry.AddOrchestrator<SearchOrchestrator>();
        registry.AddActivity<DiscoverListingsActivity>();
        registry.AddActivity<ProcessListingBatchActivity>();
        registry.AddActivity<MergeLeadsActivity>();
        registry.AddActivity<RequestBrowserJobActivity>();
        registry.AddActivity<RecordAnalyticsActivity>();
        registry.AddOrchestrator<ArchiveOrchestrator>();
        registry.AddActivity<FindArchiveCandidatesActivity>();
        registry.AddActivity<WriteArchiveActivity>();
        registry.AddActivity<VerifyArchiveActivity>();
        registry.AddActivity<DeleteHotLeadsActivity>();
        registry.AddActivity<PurgeExpiredArchivesActivity>();

        // For `leadintel bench campaign`: the engine's own cost, without any platform work.
        registry.AddOrchestrator<EngineOverheadOrchestrator>();
        registry.AddActivity<NoopActivity>();
    }
}
