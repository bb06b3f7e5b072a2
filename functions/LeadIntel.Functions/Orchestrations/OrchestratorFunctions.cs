using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace LeadIntel.Functions.Orchestrations;

/// <summary>The Workflows orchestrators under the Durable Functions trigger, by the same names the local host uses.</summary>
public static class OrchestratorFunctions
{
    [Function(nameof(CampaignOrchestrator))]
    public static Task<CampaignResult> CampaignAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new CampaignOrchestrator().RunAsync(context, context.GetInput<CampaignRequest>()!);

    [Function(nameof(ArchiveOrchestrator))]
    public static Task<ArchiveRunResult> ArchiveAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ArchiveOrchestrator().RunAsync(context, context.GetInput<ArchiveRun>()!);

    [Function(nameof(SearchOrchestrator))]
    public static Task<SearchResult> SearchAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new SearchOrchestrator().RunAsync(context, context.GetInput<SearchRequest>()!);
}
