using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Archive;
using Microsoft.Extensions.Hosting;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Creates the data features' tables and containers at start, so no request path has to.</summary>
public sealed class DataStorageBootstrap(AnalyticsTable analytics, ArchiveTable archives, ArchiveStore archive) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(
        analytics.EnsureCreatedAsync(cancellationToken), archives.EnsureCreatedAsync(cancellationToken), archive.EnsureCreatedAsync(cancellationToken));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
