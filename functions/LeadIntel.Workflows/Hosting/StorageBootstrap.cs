using LeadIntel.Workflows.Storage;
using Microsoft.Extensions.Hosting;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Creates LeadIntel's container, tables and queue at start, so no request path has to.</summary>
public sealed class StorageBootstrap(LeadBlobStore leads, CampaignTable campaigns, UrlCacheTable urlCache, BrowserJobQueue browserJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(
        leads.EnsureCreatedAsync(cancellationToken),
        campaigns.EnsureCreatedAsync(cancellationToken),
        urlCache.EnsureCreatedAsync(cancellationToken),
        browserJobs.EnsureCreatedAsync(cancellationToken));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
