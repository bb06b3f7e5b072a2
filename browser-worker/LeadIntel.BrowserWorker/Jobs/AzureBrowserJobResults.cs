using System.Text.Json;
using Azure.Storage.Queues;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>The results queue: one JSON <see cref="BrowserJobResult"/> per finished job.</summary>
public sealed class AzureBrowserJobResults(QueueClient results) : IBrowserJobResults
{
    public Task EnsureCreatedAsync(CancellationToken ct) => results.CreateIfNotExistsAsync(cancellationToken: ct);

    public Task PublishAsync(BrowserJobResult result, CancellationToken ct) =>
        results.SendMessageAsync(JsonSerializer.Serialize(result, BrowserJobJson.Default.BrowserJobResult), ct);
}
