using LeadIntel.Workflows.Activities;
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
    }
}
