using LeadIntel.PlatformReplicas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

/// <summary>The platform replicas on a free loopback port.</summary>
public sealed class ReplicaServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReplicaServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    public Uri Origin { get; }

    public IReadOnlyDictionary<string, Uri> BaseUrls => ReplicaBasePaths.For(Origin);

    public Uri Url(string pathAndQuery) => new(Origin, pathAndQuery);

    public static async Task<ReplicaServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPlatformReplicas();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReplicaServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
