using System.Net;
using LeadIntel.Demo.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Demo;

/// <summary>The demo directory on its own loopback port, for tests and for running it without the rest of the stack.</summary>
public sealed class DemoDirectoryServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoDirectoryServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The directory root, ending in a slash, e.g. <c>http://127.0.0.1:41234/demo/directory/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts serving on 127.0.0.1.</summary>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<DemoDirectoryServer> StartAsync(
        int port = 0,
        string prefix = DemoDirectoryEndpoints.DefaultPrefix,
        BusinessCatalog? catalog = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DemoDirectoryServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapDemoDirectory(prefix, catalog);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var path = prefix.Trim('/');
        return new DemoDirectoryServer(app, new Uri($"{address.TrimEnd('/')}/{(path.Length == 0 ? string.Empty : path + "/")}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
