using Microsoft.DurableTask.Client;

namespace LeadIntel.Workflows.Api;

/// <summary>The API's campaign statuses and how orchestration states map onto them.</summary>
public static class CampaignStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Stopped = "stopped";

    /// <summary>A campaign whose orchestration is not visible yet (just scheduled) is pending.</summary>
    public static string From(OrchestrationMetadata? instance) => instance?.RuntimeStatus switch
    {
        null => Pending,
        OrchestrationRuntimeStatus.Pending => Pending,
        OrchestrationRuntimeStatus.Running => Running,
        OrchestrationRuntimeStatus.Suspended => Paused,
        OrchestrationRuntimeStatus.Completed => Completed,
        OrchestrationRuntimeStatus.Terminated => Stopped,
        _ => Failed,
    };

    public static bool IsTerminal(string status) => status is Completed or Failed or Stopped;
}
