using LeadIntel.Workflows.Archive;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace LeadIntel.Functions.Orchestrations;

/// <summary>
/// Keeps the eternal archive orchestration scheduled on Azure: at start-up and every hour it schedules the
/// one instance unless it is already running (the orchestration's own durable timer paces the cycles).
/// </summary>
public sealed class ArchiveStarterFunction(IOptions<ArchiveOptions> options)
{
    [Function("ArchiveStarter")]
    public async Task RunAsync([TimerTrigger("0 0 * * * *", RunOnStartup = true)] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        if (options.Value.Enabled)
        {
            await ArchiveScheduler.EnsureRunningAsync(client, options.Value, context.CancellationToken);
        }
    }
}
