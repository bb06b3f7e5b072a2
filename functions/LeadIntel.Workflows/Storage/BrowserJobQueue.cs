using System.Text.Json;
using Azure.Storage.Queues;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Storage;

/// <summary>The Azure Storage queue the browser worker pool takes its jobs from.</summary>
public sealed class BrowserJobQueue(QueueServiceClient queues, IOptions<StorageOptions> options)
{
    private readonly QueueClient _queue = queues.GetQueueClient(options.Value.BrowserJobsQueue);

    public QueueClient Queue => _queue;

    public Task EnsureCreatedAsync(CancellationToken ct) => _queue.CreateIfNotExistsAsync(cancellationToken: ct);

    public Task EnqueueAsync(BrowserJob job, CancellationToken ct) =>
        _queue.SendMessageAsync(JsonSerializer.Serialize(job, BrowserJobJson.Default.BrowserJob), ct);
}
