using System.Text.Json;
using Azure.Storage.Queues;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>The browser jobs queue on Azure Storage (or Azurite), with its poison queue.</summary>
public sealed class AzureBrowserJobQueue(QueueClient jobs, QueueClient poison) : IBrowserJobQueue
{
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await jobs.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await poison.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<QueuedBrowserJob>> ReceiveAsync(int maxMessages, TimeSpan visibility, CancellationToken ct)
    {
        var messages = await jobs.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), visibility, ct).ConfigureAwait(false);
        return messages.Value.Select(m =>
        {
            var body = m.Body.ToString();
            return new QueuedBrowserJob(Parse(body), m.MessageId, m.PopReceipt, m.DequeueCount, body);
        }).ToList();
    }

    public async Task RenewAsync(QueuedBrowserJob job, TimeSpan visibility, CancellationToken ct)
    {
        var updated = await jobs.UpdateMessageAsync(job.MessageId, job.Receipt, visibilityTimeout: visibility, cancellationToken: ct).ConfigureAwait(false);
        job.Receipt = updated.Value.PopReceipt;
    }

    public Task CompleteAsync(QueuedBrowserJob job, CancellationToken ct) => jobs.DeleteMessageAsync(job.MessageId, job.Receipt, ct);

    public async Task ReturnAsync(QueuedBrowserJob job, TimeSpan delay, CancellationToken ct)
    {
        var updated = await jobs.UpdateMessageAsync(job.MessageId, job.Receipt, visibilityTimeout: delay, cancellationToken: ct).ConfigureAwait(false);
        job.Receipt = updated.Value.PopReceipt;
    }

    public async Task PoisonAsync(QueuedBrowserJob job, string reason, CancellationToken ct)
    {
        await poison.SendMessageAsync(job.Body, ct).ConfigureAwait(false);
        await jobs.DeleteMessageAsync(job.MessageId, job.Receipt, ct).ConfigureAwait(false);
    }

    private static BrowserJob? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, BrowserJobJson.Default.BrowserJob);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
