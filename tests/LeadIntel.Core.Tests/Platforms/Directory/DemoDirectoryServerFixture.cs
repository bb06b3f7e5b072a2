using LeadIntel.Demo;

namespace LeadIntel.Core.Tests.Platforms.Directory;

/// <summary>The demo directory on a free loopback port, shared by a test class.</summary>
public sealed class DemoDirectoryServerFixture : IAsyncLifetime
{
    private DemoDirectoryServer? _server;

    public Uri BaseUrl => _server!.BaseUrl;

    public async Task InitializeAsync() => _server = await DemoDirectoryServer.StartAsync();

    public async Task DisposeAsync() => await _server!.DisposeAsync();
}
