namespace LeadIntel.Demo.Tests;

/// <summary>One demo directory on a free loopback port, shared by a test class.</summary>
public sealed class DemoDirectoryServerFixture : IAsyncLifetime
{
    private DemoDirectoryServer? _server;

    public Uri BaseUrl => _server!.BaseUrl;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync() => _server = await DemoDirectoryServer.StartAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _server!.DisposeAsync();
    }
}
