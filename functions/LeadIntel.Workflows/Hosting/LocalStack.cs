using LeadIntel.Workflows.Api;
using LeadIntel.Demo;
using LeadIntel.Workflows.Engine;
using LeadIntel.Workflows.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Hosting;

/// <summary>
/// The whole local stack in one process: Azurite (a child, unless storage is configured elsewhere), the
/// Durable Task engine (<see cref="LocalEngine"/>) and one ASP.NET Core app that serves the API and runs
/// the worker and the client. Stops in reverse order, so the worker lets go of the engine first.
/// </summary>
public sealed class LocalStack : IAsyncDisposable
{
    // The engine logs warnings and errors to the console; its info logs are per-message noise.
    private static readonly ILoggerFactory EngineLogs = LoggerFactory.Create(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));

    private readonly AzuriteProcess? _azurite;
    private readonly LocalEngine _engine;
    private readonly WebApplication _app;

    private LocalStack(AzuriteProcess? azurite, LocalEngine engine, WebApplication app, Uri address, bool servesWebUi)
    {
        ServesWebUi = servesWebUi;
        _azurite = azurite;
        _engine = engine;
        _app = app;
        Address = address;
    }

    /// <summary>Base address of the API, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri Address { get; }

    /// <summary>True when the web app is served at <see cref="Address"/>.</summary>
    public bool ServesWebUi { get; }

    /// <summary>True when this stack started its own Azurite.</summary>
    public bool OwnsAzurite => _azurite is not null;

    public IServiceProvider Services => _app.Services;

    public static async Task<LocalStack> StartAsync(LocalStackOptions options, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(options.Settings);
        // The port is fixed before start so the demo directory's own address can be configured.
        var port = options.Port == 0 ? AzuriteProcess.FreePort() : options.Port;
        if (options.Demo && string.IsNullOrEmpty(builder.Configuration[$"{DirectoryOptions.Section}:BaseUrl"]))
        {
            builder.Configuration[$"{DirectoryOptions.Section}:BaseUrl"] = $"http://127.0.0.1:{port}{DemoDirectoryEndpoints.DefaultPrefix}/";
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddLeadIntelWorkflows();

        var connection = options.StorageConnectionString
            ?? builder.Configuration[$"{Storage.StorageOptions.Section}:ConnectionString"]
            ?? builder.Configuration["LEADINTEL_STORAGE"]
            ?? builder.Configuration["AzureWebJobsStorage"];
        AzuriteProcess? azurite = null;
        if (string.IsNullOrEmpty(connection))
        {
            azurite = await AzuriteProcess.StartAsync(Path.Combine(options.DataDirectory, "azurite"), ct);
            connection = azurite.ConnectionString;
        }

        builder.Configuration[$"{Storage.StorageOptions.Section}:ConnectionString"] = connection;
        var engineOptions = builder.Configuration.GetSection(EngineOptions.Section).Get<EngineOptions>() ?? new EngineOptions();
        LocalEngine? engine = null;
        try
        {
            engine = await LocalEngine.StartAsync(connection, engineOptions, EngineLogs, ct);
            builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
            builder.Services.AddDurableTaskWorker(w =>
            {
                w.UseGrpc(engine.Channel);
                w.AddTasks(WorkflowTasks.Register);
                w.Configure(o =>
                {
                    o.Concurrency.MaximumConcurrentActivityWorkItems = engineOptions.MaxConcurrentActivities;
                    o.Concurrency.MaximumConcurrentOrchestrationWorkItems = engineOptions.MaxConcurrentOrchestrations;
                });
            });
            builder.Services.AddDurableTaskClient(c => c.UseGrpc(engine.Channel));
            builder.Services.AddHostedService<BrowserJobs.BrowserResultsListener>();
            builder.Services.AddHostedService<ArchiveStarter>();

            var origin = new Uri($"http://127.0.0.1:{port}/");
            foreach (var module in options.Modules)
            {
                module.ConfigureServices(builder, origin);
            }

            builder.Services.AddExceptionHandler<ApiExceptionHandler>();
            builder.Services.AddProblemDetails();
            var app = builder.Build();
            app.UseExceptionHandler();
            var servesWebUi = options.WebRoot is { } webRoot && File.Exists(Path.Combine(webRoot, "index.html"));
            if (servesWebUi)
            {
                app.MapWebUi(options.WebRoot!);
            }

            app.MapLeadIntelApi();
            if (options.Demo)
            {
                app.MapDemoDirectory(catalog: options.DemoCatalog);
            }

            foreach (var module in options.Modules)
            {
                module.MapEndpoints(app);
            }

            await app.StartAsync(ct);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LocalStack(azurite, engine, app, new Uri(bound.TrimEnd('/') + "/"), servesWebUi);
        }
        catch
        {
            if (engine is not null)
            {
                await engine.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Waits until the host is told to stop (Ctrl-C, SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        await _engine.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
