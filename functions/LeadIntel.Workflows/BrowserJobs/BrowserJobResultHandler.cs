using System.Text.Json;
using Azure.Storage.Queues;
using LeadIntel.Core.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.BrowserJobs;

/// <summary>
/// Handles one message of the browser results queue: raises <see cref="BrowserJob.EventName"/> on the
/// job's orchestration instance, or moves an unreadable message to the poison queue. Shared by the
/// <c>leadintel up</c> listener and the queue-triggered function. Raising twice is harmless: the search
/// orchestration takes the first event and completes, and the engine drops events for finished instances.
/// </summary>
public sealed class BrowserJobResultHandler(QueueServiceClient queues, IOptions<StorageOptions> options, ILogger<BrowserJobResultHandler> logger)
{
    /// <summary>The queue unreadable result messages are moved to.</summary>
    public QueueClient PoisonQueue { get; } = queues.GetQueueClient(options.Value.BrowserResultsPoisonQueue);

    /// <summary>Handles <paramref name="body"/>; returns false when it was invalid and went to the poison queue.</summary>
    public async Task<bool> HandleAsync(DurableTaskClient client, string body, CancellationToken ct)
    {
        if (Parse(body) is not { } result)
        {
            logger.LogWarning("Browser result message is not a BrowserJobResult; moved to {Poison}: {Body}", PoisonQueue.Name, Truncate(body));
            await PoisonQueue.CreateIfNotExistsAsync(cancellationToken: ct);
            await PoisonQueue.SendMessageAsync(body, ct);
            return false;
        }

        await client.RaiseEventAsync(result.InstanceId, BrowserJob.EventName, BrowserJobResultMapper.ToSearchResult(result), ct);
        logger.LogInformation("Browser job {Instance} ({Platform} '{Query}') finished: {Status}, {Leads} leads",
            result.InstanceId, result.Platform, result.Query, result.Status, result.Leads);
        return true;
    }

    /// <summary>Reads <paramref name="body"/>; null when it is not a result message.</summary>
    public static BrowserJobResult? Parse(string body)
    {
        try
        {
            var result = JsonSerializer.Deserialize(body, BrowserJobJson.Default.BrowserJobResult);
            return result is { InstanceId.Length: > 0, Status.Length: > 0, Errors: not null, Parts: not null } ? result : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200] + "...";
}
