using Microsoft.DurableTask;
using LeadIntel.Workflows.Orchestrations;
using Microsoft.DurableTask.Client;

namespace LeadIntel.Workflows.Archive;

/// <summary>Keeps the one eternal <see cref="ArchiveOrchestrator"/> instance scheduled; safe to call again and again.</summary>
public static class ArchiveScheduler
{
    /// <summary>Schedules the eternal instance unless it exists and has not ended; true when it scheduled one.</summary>
    public static async Task<bool> EnsureRunningAsync(DurableTaskClient client, ArchiveOptions options, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(ArchiveOrchestrator.InstanceId, ct);
        if (instance is not null && instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ArchiveOrchestrator), ArchiveRun.From(options), new StartOrchestrationOptions(ArchiveOrchestrator.InstanceId), ct);
        return true;
    }
}
