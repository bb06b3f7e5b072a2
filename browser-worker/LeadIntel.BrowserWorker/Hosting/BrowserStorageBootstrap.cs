using LeadIntel.BrowserWorker.Jobs;
using Microsoft.Extensions.Hosting;

namespace LeadIntel.BrowserWorker.Hosting;

/// <summary>Creates the queues and the leads container at start if they do not exist.</summary>
public sealed class BrowserStorageBootstrap(AzureBrowserJobQueue jobs, AzureBrowserJobResults results, BlobLeadPartStore parts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await jobs.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await results.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await parts.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
