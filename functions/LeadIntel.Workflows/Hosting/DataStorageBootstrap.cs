using LeadIntel.Workflows.Analytics;
using Microsoft.Extensions.Hosting;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Creates the data features' tables and containers at start, so no request path has to.</summary>
public sealed class DataStorageBootstrap(AnalyticsTable analytics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => analytics.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
