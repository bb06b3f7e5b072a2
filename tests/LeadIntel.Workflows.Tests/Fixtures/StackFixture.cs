using Azure.Storage.Blobs;
using LeadIntel.Cli.Browser;
using LeadIntel.Cli.Commands;
using LeadIntel.Workflows.Hosting;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>
/// The integration tests' world: one Azurite on free loopback ports (data in a temp folder), the local
/// stack in this process on it, and two sets of loopback business websites, one answering at once and
/// one slowly enough to pause, stop or kill a campaign in the middle. Like <c>leadintel up --demo</c>, the stack
/// serves the demo directory and the platform replicas and hosts the browser worker (Chromium starts on the
/// first browser job only).
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "leadintel-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private AzuriteProcess? _azurite;

    public string StorageConnectionString => _azurite!.ConnectionString;

    public LocalStack Stack { get; private set; } = null!;

    /// <summary>The browser worker hosted in the stack, as <c>up</c> hosts it.</summary>
    public BrowserWorkerModule Browser { get; } = new();

    public LoopbackSites FastSites { get; private set; } = null!;

    public LoopbackSites SlowSites { get; private set; } = null!;

    /// <summary>A client for a user of its own, so tests never see each other's campaigns.</summary>
    public ApiClient NewClient(string? user = null) => new(Stack.Address, user ?? "u" + Guid.NewGuid().ToString("N")[..10]);

    public BlobContainerClient LeadsContainer => new BlobServiceClient(StorageConnectionString).GetBlobContainerClient("leads");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(_dataDirectory);
        FastSites = await LoopbackSites.StartAsync();
        SlowSites = await LoopbackSites.StartAsync(TimeSpan.FromMilliseconds(300));
        Stack = await LocalStack.StartAsync(new LocalStackOptions
        {
            Port = 0,
            Demo = true,
            StorageConnectionString = _azurite.ConnectionString,
            Modules = UpCommand.Modules(Browser, demo: true),
            Settings = new Dictionary<string, string?>
            {
                ["LeadIntel:Engine:TaskHubName"] = "inproc",
                ["LeadIntel:Campaigns:BatchSize"] = "2",
                ["LeadIntel:Campaigns:MaxParallelBatches"] = "2",
                ["LeadIntel:Activities:SiteDelayPerHost"] = "00:00:00",
                // Tests seed campaigns with old dates: archive runs are started by the archive tests alone.
                ["LeadIntel:Archive:Enabled"] = "false",
                ["LeadIntel:BrowserJobs:PollInterval"] = "00:00:00.200",
            },
        });
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await FastSites.DisposeAsync();
        await SlowSites.DisposeAsync();
        await _azurite!.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
