using LeadIntel.BrowserWorker.Hosting;
using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Platforms;
using LeadIntel.PlatformReplicas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

/// <summary>
/// A whole browser worker on loopback: the live hub, the replicas, the job consumer on an in-memory queue
/// (the Azure queue adapter is the same port over Azure.Storage.Queues), its own Chromium.
/// </summary>
public sealed class WorkerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkerHost(WebApplication app, Uri origin, InMemoryBrowserJobQueue queue, InMemoryJobOutputs outputs)
    {
        _app = app;
        Origin = origin;
        Queue = queue;
        Outputs = outputs;
    }

    public Uri Origin { get; }

    public InMemoryBrowserJobQueue Queue { get; }

    public InMemoryJobOutputs Outputs { get; }

    public IServiceProvider Services => _app.Services;

    public BrowserPool Pool => Services.GetRequiredService<BrowserPool>();

    public static async Task<WorkerHost> StartAsync(
        Dictionary<string, string?>? settings = null, InMemoryBrowserJobQueue? queue = null, InMemoryJobOutputs? outputs = null, Action<IServiceCollection>? services = null)
    {
        queue ??= new InMemoryBrowserJobQueue();
        outputs ??= new InMemoryJobOutputs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LeadIntel:BrowserJobs:PollInterval"] = "00:00:00.100",
            ["LeadIntel:BrowserJobs:RetryDelay"] = "00:00:00",
            ["LeadIntel:Browser:MaxConcurrentPages"] = "2",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddLeadIntelBrowserWorker(builder.Configuration);
        builder.Services.AddSingleton<IBrowserJobQueue>(queue);
        builder.Services.AddSingleton<IBrowserJobResults>(outputs);
        builder.Services.AddSingleton<ILeadPartStore>(outputs);
        builder.Services.AddSingleton<BrowserJobConsumer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BrowserJobConsumer>());
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapLeadIntelLive();
        app.MapPlatformReplicas();
        await app.StartAsync();
        var origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // The adapters are built on first use, after the port is known.
        var maps = app.Services.GetRequiredService<IOptions<GoogleMapsOptions>>().Value;
        if (settings?.ContainsKey("LeadIntel:Platforms:GoogleMaps:BaseUrl") != true)
        {
            maps.BaseUrl = ReplicaBasePaths.For(origin)["google_maps"];
        }

        return new WorkerHost(app, origin, queue, outputs);
    }

    public static BrowserJob Job(string campaign, string user, int index = 0, int max = 3, string platform = "google_maps", string query = "dentists in Toronto") =>
        new($"{campaign}:s{index:D3}", campaign, user, index, platform, query, max, "CA", $"{user}/{campaign}/parts/");

    /// <summary>Waits for the result of <paramref name="instanceId"/> (already published or still to come).</summary>
    public async Task<BrowserJobResult> ResultAsync(string instanceId, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<BrowserJobResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnPublished(BrowserJobResult r)
        {
            if (r.InstanceId == instanceId)
            {
                done.TrySetResult(r);
            }
        }

        Outputs.Published += OnPublished;
        try
        {
            if (Outputs.Results.FirstOrDefault(r => r.InstanceId == instanceId) is { } already)
            {
                return already;
            }

            return await done.Task.WaitAsync(timeout);
        }
        finally
        {
            Outputs.Published -= OnPublished;
        }
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
