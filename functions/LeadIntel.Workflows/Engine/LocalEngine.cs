using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Engine;

/// <summary>
/// The real Durable Task engine on this machine: the Azure Storage orchestration service behind the
/// <see cref="TaskHubGrpcServer"/> sidecar, served over cleartext HTTP/2 on a loopback port. The portable
/// gRPC worker and client talk to it exactly as they talk to the Azure Functions host.
/// </summary>
public sealed class LocalEngine : IAsyncDisposable
{
    private readonly WebApplication _sidecar;
    private readonly AzureStorageOrchestrationService _service;

    private LocalEngine(WebApplication sidecar, AzureStorageOrchestrationService service, Uri address)
    {
        _sidecar = sidecar;
        _service = service;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
    }

    /// <summary>The sidecar's loopback address.</summary>
    public Uri Address { get; }

    /// <summary>One channel for the worker and the client: the sidecar accepts a single worker stream.</summary>
    public GrpcChannel Channel { get; }

    public static async Task<LocalEngine> StartAsync(string storageConnectionString, EngineOptions options, ILoggerFactory loggerFactory, CancellationToken ct = default)
    {
        // The gRPC client speaks HTTP/2 without TLS to the loopback sidecar.
        AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport", true);

        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnectionString),
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = options.VisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.VisibilityTimeout,
            PartitionCount = options.PartitionCount,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            WorkerId = options.WorkerId,
            LoggerFactory = loggerFactory,
            CustomMessageTypeBinder = new ProtobufTagsTypeBinder(),
        });
        await service.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        // The worker's work-item stream is long-lived; without a short timeout a stop waits 30 s for it.
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(new HistoryNormalizingService(service));
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton(Options.Create(new TaskHubGrpcServerOptions { Mode = TaskHubGrpcServerMode.ApiServerAndDispatcher }));
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync(ct);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalEngine(app, service, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Stops the sidecar, which stops the storage provider itself (only if a worker ever connected, so it is
    /// not stopped here too). Nothing is lost by not draining: unfinished messages reappear after the
    /// visibility timeout and the partition leases go back to the same worker id.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _sidecar.StopAsync(timeout.Token);
        await _sidecar.DisposeAsync();
        Channel.Dispose();
        _service.Dispose();
    }
}
