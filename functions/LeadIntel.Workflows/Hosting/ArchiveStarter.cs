using LeadIntel.Workflows.Archive;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Hosting;

/// <summary>
/// In <c>leadintel up</c>: schedules the eternal archive orchestration at start when archival is enabled. A
/// restarted host finds the instance still running (its timer is durable) and leaves it be.
/// </summary>
public sealed partial class ArchiveStarter(DurableTaskClient client, IOptions<ArchiveOptions> options, ILogger<ArchiveStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The engine may still be connecting right after start: try a few times before giving up until the next start.
        for (var attempt = 1; attempt <= 10 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await ArchiveScheduler.EnsureRunningAsync(client, options.Value, stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotYet(logger, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "archive orchestration not scheduled yet (attempt {Attempt}): {Reason}")]
    private static partial void LogNotYet(ILogger logger, int attempt, string reason);
}
