using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Cli.Tests.Commands;

/// <summary>A few HTML pages and a robots.txt served by Kestrel on 127.0.0.1 (random port); records requested paths.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly IReadOnlyDictionary<string, string> _pages;

    private LoopbackSite(WebApplication app, IReadOnlyDictionary<string, string> pages)
    {
        _app = app;
        _pages = pages;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Requested paths, in order; robots.txt included.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>Serves <paramref name="pages"/> by path: "/robots.txt" as text/plain, the rest as HTML; others 404.</summary>
    public static async Task<LoopbackSite> StartAsync(IReadOnlyDictionary<string, string> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var site = new LoopbackSite(builder.Build(), pages);
        site._app.Run(site.AnswerAsync);
        await site._app.StartAsync();
        var address = site._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(path);
        if (!_pages.TryGetValue(path, out var body))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = path == "/robots.txt" ? "text/plain" : "text/html; charset=utf-8";
        await context.Response.WriteAsync(body);
    }
}
