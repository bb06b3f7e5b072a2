using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Core.Tests.Crawling;

/// <summary>
/// A little website on 127.0.0.1 (Kestrel, random port) that records every request it gets. Pages are
/// looked up by path and query at request time, so tests add them after start, when the port is known.
/// Unknown paths answer 404.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SiteHit> _hits = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    private LoopbackSite(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>Answers by path: the function gets how many times the path was asked before (0 the first time).</summary>
    public ConcurrentDictionary<string, Func<int, SiteResponse>> Pages { get; } = new(StringComparer.Ordinal);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The same server under another host name: another site as far as the crawler knows.</summary>
    public Uri OtherHostUrl => new($"http://localhost:{BaseUrl.Port}/");

    public IReadOnlyList<SiteHit> Hits => _hits.ToList();

    /// <summary>Requested paths, robots.txt left out.</summary>
    public IReadOnlyList<string> PageHits => _hits.Select(h => h.PathAndQuery).Where(p => p != "/robots.txt").ToList();

    public Uri Url(string path) => new(BaseUrl, path);

    public void Add(string path, SiteResponse response) => Pages[path] = _ => response;

    public static async Task<LoopbackSite> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var site = new LoopbackSite(builder.Build(), clock ?? TimeProvider.System);
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
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        _hits.Enqueue(new SiteHit(key, context.Request.Headers.UserAgent.ToString(), _clock.GetUtcNow()));
        var calls = _calls.AddOrUpdate(key, 0, (_, n) => n + 1);
        if (!Pages.TryGetValue(key, out var page))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var response = page(calls);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body);
    }
}
