using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>
/// Business websites on a loopback port: <c>/sites/{n}/</c> is business n's home page (a tel: link, a
/// JSON-LD telephone and a mailto), <c>/sites/{n}/contact</c> its contact page. An optional latency per
/// page makes campaigns run long enough to pause, stop or kill them.
/// </summary>
public sealed class LoopbackSites : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSites(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Pages served so far (robots.txt included).</summary>
    public int Requests => _requests;

    private int _requests;

    public string Site(int n) => new Uri(Address, $"/sites/{n}/").AbsoluteUri;

    /// <summary>Business n's main number: NANP numbers outside the fictional 555-01xx range, unique per n.</summary>
    public static string PhoneE164(int n) => $"+1416{(2000000 + n):D7}";

    public static async Task<LoopbackSites> StartAsync(TimeSpan latency = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackSites? sites = null;
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref sites!._requests);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, context.RequestAborted);
            }

            await next(context);
        });
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n"));
        app.MapGet("/sites/{n:int}/", (int n) => Results.Content(HomePage(n), "text/html"));
        app.MapGet("/sites/{n:int}/contact", (int n) => Results.Content(ContactPage(n), "text/html"));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sites = new LoopbackSites(app, new Uri(bound));
        return sites;
    }

    private static string HomePage(int n)
    {
        var national = PhoneE164(n)[2..];
        return $$"""
            <!doctype html><html lang="en-CA"><head><title>Business {{n}} | Home</title>
            <script type="application/ld+json">{"@type":"LocalBusiness","name":"Business {{n}}","telephone":"+1 {{national[..3]}} {{national[3..6]}} {{national[6..]}}"}</script>
            </head><body><h1>Business {{n}}</h1><a href="tel:+1{{national}}">Call us</a> <a href="contact">Contact</a></body></html>
            """;
    }

    /// <summary>The contact page repeats the number, so the crawl adds <c>website_crawl</c> evidence to it.</summary>
    private static string ContactPage(int n) =>
        $"""<!doctype html><html><body><p>Write to <a href="mailto:office{n}@business{n}.ca">office{n}@business{n}.ca</a> or call <a href="tel:{PhoneE164(n)}">us</a></p></body></html>""";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
