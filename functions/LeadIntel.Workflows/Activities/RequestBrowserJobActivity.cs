using BrowserJob = LeadIntel.Core.Platforms.BrowserJob;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>
/// Hands a browser-platform search to the browser worker pool through its Azure Storage queue. Browser
/// work runs outside activities because it takes longer than any activity may (see the engine's
/// visibility timeout); the orchestration waits for the worker's external event instead.
/// </summary>
public sealed class RequestBrowserJobActivity(BrowserJobQueue queue) : TaskActivity<BrowserJob, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, BrowserJob input)
    {
        await queue.EnqueueAsync(input, CancellationToken.None);
        return true;
    }
}
