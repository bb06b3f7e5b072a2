using LeadIntel.BrowserWorker.Pool;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

/// <summary>One Chromium and one replica server shared by every test in <see cref="BrowserCollection"/>.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public BrowserPool Pool { get; private set; } = null!;

    public ReplicaServer Replicas { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Replicas = await ReplicaServer.StartAsync();
        Pool = new BrowserPool(Options.Create(new BrowserPoolOptions { MaxConcurrentPages = 4 }), NullLogger<BrowserPool>.Instance);
    }

    public async Task DisposeAsync()
    {
        await Pool.DisposeAsync();
        await Replicas.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
