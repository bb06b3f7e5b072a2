using Azure.Storage.Queues;
using LeadIntel.Workflows.Hosting;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

/// <summary>An Azurite of the test class's own on free loopback ports, data in a temp folder.</summary>
public sealed class AzuriteStorage : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "leadintel-worker-" + Guid.NewGuid().ToString("N")[..8]);
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite!.ConnectionString;

    /// <summary>A queue of a name no other test uses (<paramref name="role"/>: a few lowercase letters).</summary>
    public QueueClient NewQueue(string role) => new QueueServiceClient(ConnectionString).GetQueueClient($"{role}-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(_dataDirectory);

    public async Task DisposeAsync()
    {
        await _azurite!.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
