using Azure.Storage.Queues;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.BrowserJobs;

/// <summary>
/// The <c>leadintel up</c> side of the browser results queue: polls it, hands each message to
/// <see cref="BrowserJobResultHandler"/> and deletes it once handled. (The Functions host uses a queue
/// trigger over the same handler.) A message whose event could not be raised stays and reappears.
/// </summary>
public sealed class BrowserResultsListener(
    QueueServiceClient queues, IOptions<StorageOptions> options, DurableTaskClient client, BrowserJobResultHandler handler,
    ILogger<BrowserResultsListener> logger) : BackgroundService
{
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var results = queues.GetQueueClient(options.Value.BrowserResultsQueue);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await results.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                var messages = (await results.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(1), stoppingToken)).Value;
                foreach (var message in messages)
                {
                    await handler.HandleAsync(client, message.Body.ToString(), stoppingToken);
                    await results.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                }

                if (messages.Length == 0)
                {
                    await Task.Delay(IdleDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Storage hiccups must not end the listener; an unhandled message reappears after its visibility timeout.
                logger.LogWarning(e, "Browser results listener failed a round; retrying");
                try
                {
                    await Task.Delay(IdleDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
