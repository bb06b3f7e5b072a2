using System.Diagnostics;
using System.Globalization;
using System.Net;
using LeadIntel.BrowserWorker.Hosting;
using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Platforms;
using LeadIntel.PlatformReplicas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Measures the browser worker's live view and throughput in one process: the platform replicas and the
/// live hub on loopback (Kestrel), N google_maps jobs at once through the real runner (pool, adapter,
/// screencast), each job followed by the next on the same task, a SignalR client watching every task,
/// and the Chromium process tree's memory from /proc before the jobs and during the window.
/// </summary>
public sealed class BrowserBenchmark(TextWriter output)
{
    public const string User = "bench";
    public const string Query = "dentists in Toronto";
    private const int ResultsPerJob = 30;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(90);

    /// <param name="movingMap">Use the replica whose map marker never stops moving (every frame changes); else the still replica.</param>
    public async Task<int> RunAsync(int pages, TimeSpan window, bool movingMap, CancellationToken ct)
    {
        var loadBefore = LoadAverage();
        await using var app = await StartHostAsync(pages, ct);
        var origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // The adapters read their options on first use, after the port is known.
        var site = ReplicaBasePaths.DefaultPrefix + (movingMap ? ReplicaBasePaths.GoogleMapsMoving : ReplicaBasePaths.GoogleMaps) + "/";
        app.Services.GetRequiredService<IOptions<GoogleMapsOptions>>().Value.BaseUrl = new Uri(origin, site);
        var live = app.Services.GetRequiredService<IOptions<LiveOptions>>().Value;

        // The browser up with no page open: the baseline the pages add to.
        var pool = app.Services.GetRequiredService<BrowserPool>();
        await (await pool.AcquireAsync(null, ct)).DisposeAsync();
        var root = ProcessTree.FindRoot(pool.BrowserMarkers.Single())
            ?? throw new InvalidOperationException("the pooled Chromium process was not found in /proc");
        var before = await BaselineAsync(root, ct);

        var tasks = Enumerable.Range(1, pages).Select(i => $"bench-{i}").ToList();
        var directory = app.Services.GetRequiredService<ITaskDirectory>();
        tasks.ForEach(t => directory.Register(t, User));
        await using var meter = new LiveViewerMeter(new Uri(origin, live.HubPath), User, app.Services.GetRequiredService<FrameSendProbe>());
        await meter.JoinAsync(tasks, ct);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var runner = app.Services.GetRequiredService<BrowserJobRunner>();
        var errors = new List<string>();
        var loops = tasks.Select(task => RunJobsAsync(runner, task, errors, stop.Token)).ToList();
        await meter.AllTasksFramed.WaitAsync(WarmUpLimit, ct);

        meter.Open();
        var clock = Stopwatch.StartNew();
        var chromiumCpu = ProcessTree.CpuSeconds(root);
        // This process's tree: the worker, the Playwright driver and, under the driver, Chromium.
        var allCpu = ProcessTree.CpuSeconds(Environment.ProcessId);
        var during = new List<ProcessMemory>();
        var concurrency = new List<double>();
        using (var timer = new PeriodicTimer(SampleEvery))
        {
            while (clock.Elapsed + SampleEvery <= window && await timer.WaitForNextTickAsync(ct))
            {
                during.Add(ProcessTree.Memory(root));
                concurrency.Add(pool.ActivePages);
            }
        }

        var remaining = window - clock.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, ct);
        }

        var figures = meter.Close();
        var seconds = clock.Elapsed.TotalSeconds;
        chromiumCpu = ProcessTree.CpuSeconds(root) - chromiumCpu;
        allCpu = ProcessTree.CpuSeconds(Environment.ProcessId) - allCpu;
        await stop.CancelAsync();
        await Task.WhenAll(loops);

        await ReportAsync(new BrowserBenchFigures(
            pages, seconds, movingMap, live, figures, before, during, Distribution.Of(concurrency),
            chromiumCpu / seconds, (allCpu - chromiumCpu) / seconds, loadBefore, LoadAverage(), errors));
        return 0;
    }

    /// <summary>
    /// The least of three readings a second apart: a closed context's renderer takes a moment to exit, and the
    /// baseline should be the browser alone.
    /// </summary>
    private static async Task<ProcessMemory> BaselineAsync(int root, CancellationToken ct)
    {
        var least = ProcessTree.Memory(root);
        for (var i = 0; i < 2; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            var now = ProcessTree.Memory(root);
            least = now.PssBytes < least.PssBytes ? now : least;
        }

        return least;
    }

    private static async Task<WebApplication> StartHostAsync(int pages, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LeadIntel:Browser:MaxBrowsers"] = "1",
            ["LeadIntel:Browser:MaxConcurrentPages"] = pages.ToString(CultureInfo.InvariantCulture),
        });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddLeadIntelBrowserWorker(builder.Configuration);
        // The worker's live sessions send through a probe that notes when each frame is handed to SignalR.
        builder.Services.AddSingleton(sp => new FrameSendProbe(sp.GetRequiredService<IHubContext<LiveHub>>(), TimeProvider.System));
        builder.Services.AddSingleton(sp => new LiveSessions(
            sp.GetRequiredService<FrameSendProbe>(), sp.GetRequiredService<LiveViewers>(), sp.GetRequiredService<ITaskDirectory>(),
            sp.GetRequiredService<IOptions<LiveOptions>>(), TimeProvider.System));
        // Leads are kept in memory: the benchmark measures the browser side, not storage.
        builder.Services.AddSingleton<ILeadPartStore, InMemoryJobOutputs>();
        var app = builder.Build();
        app.MapLeadIntelLive();
        app.MapPlatformReplicas();
        await app.StartAsync(ct);
        return app;
    }

    /// <summary>Runs one job after another on a task until stopped, so the task always has a page on screen.</summary>
    private static async Task RunJobsAsync(BrowserJobRunner runner, string task, List<string> errors, CancellationToken ct)
    {
        for (var index = 0; !ct.IsCancellationRequested; index++)
        {
            var job = new BrowserJob($"{task}:s{index:D3}", task, User, index, GoogleMapsAdapter.Name, Query, ResultsPerJob, "CA", $"{User}/{task}/parts/");
            try
            {
                var result = await runner.RunAsync(job, 1, ct);
                if (result.Status != BrowserJobStatus.Completed)
                {
                    lock (errors)
                    {
                        errors.Add($"{job.InstanceId}: {result.Status}");
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                lock (errors)
                {
                    errors.Add($"{job.InstanceId}: {ex.Message.Split('\n')[0]}");
                }
            }
        }
    }

    private Task ReportAsync(BrowserBenchFigures f) => output.WriteAsync(BrowserBenchReport.Format(f));

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
