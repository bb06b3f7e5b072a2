using LeadIntel.Workflows.BrowserJobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Functions.BrowserJobs;

/// <summary>
/// The Functions side of the browser results queue, over the same handler <c>leadintel up</c>'s listener
/// uses. The trigger deletes the message when this returns; an unreadable one is moved to the poison queue
/// by the handler, so it is not retried.
/// </summary>
public static class BrowserResultsFunction
{
    [Function("BrowserResults")]
    public static Task RunAsync(
        [QueueTrigger("browser-results", Connection = "AzureWebJobsStorage")] string body,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        context.InstanceServices.GetRequiredService<BrowserJobResultHandler>().HandleAsync(client, body, context.CancellationToken);
}
