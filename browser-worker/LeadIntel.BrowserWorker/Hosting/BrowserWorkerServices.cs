using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using LeadIntel.BrowserWorker.Crawling;
using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.PagePhones;
using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.Facebook;
using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Platforms.Instagram;
using LeadIntel.BrowserWorker.Platforms.LinkedIn;
using LeadIntel.BrowserWorker.Platforms.Twitter;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Ocr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Hosting;

/// <summary>Registrations of the browser worker, shared by its container host and <c>leadintel up</c>.</summary>
public static class BrowserWorkerServices
{
    /// <summary>Where the Azure SignalR SDK reads its connection string.</summary>
    public const string AzureSignalRKey = "Azure:SignalR:ConnectionString";

    /// <summary>
    /// Pool, adapters, crawler, live hub and job runner. The hub runs behind Azure SignalR Service when
    /// <c>Azure:SignalR:ConnectionString</c> is set, as plain ASP.NET Core SignalR otherwise.
    /// </summary>
    public static IServiceCollection AddLeadIntelBrowserWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrowserPoolOptions>().BindConfiguration(BrowserPoolOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GoogleMapsOptions>().BindConfiguration(GoogleMapsOptions.Section);
        services.AddOptions<LinkedInOptions>().BindConfiguration(LinkedInOptions.Section);
        services.AddOptions<TwitterOptions>().BindConfiguration(TwitterOptions.Section);
        services.AddOptions<FacebookOptions>().BindConfiguration(FacebookOptions.Section);
        services.AddOptions<InstagramOptions>().BindConfiguration(InstagramOptions.Section);
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BrowserJobOptions>().BindConfiguration(BrowserJobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<BrowserPool>();
        services.AddSingleton<IBrowserPlatformAdapter, GoogleMapsAdapter>();
        services.AddSingleton<IBrowserPlatformAdapter, LinkedInAdapter>();
        services.AddSingleton<IBrowserPlatformAdapter, TwitterAdapter>();
        services.AddSingleton<IBrowserPlatformAdapter, FacebookAdapter>();
        services.AddSingleton<IBrowserPlatformAdapter, InstagramAdapter>();
        services.AddSingleton<BrowserPlatformAdapters>();
        services.AddSingleton(LivePageLayers.CreateDefault());
        services.AddSingleton<PhoneBoxLocator>();
        services.AddOptions<PageOcrOptions>().BindConfiguration(PageOcrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new OcrEnginePool(sp.GetRequiredService<IOptions<PageOcrOptions>>().Value.MaxEngines));
        services.AddSingleton<PageImageOcr>();
        services.AddSingleton<PlatformCrawler>();
        services.AddSingleton<BrowserJobRunner>();

        services.AddSingleton<LiveViewers>();
        services.TryAddSingleton<ITaskDirectory, InMemoryTaskDirectory>();
        services.AddSingleton<LiveSessions>();
        var signalR = services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        if (!string.IsNullOrWhiteSpace(configuration[AzureSignalRKey]))
        {
            signalR.AddAzureSignalR();
        }

        return services;
    }

    /// <summary>
    /// Takes jobs from the Azure Storage queue (connection string from <c>LeadIntel:BrowserJobs:ConnectionString</c>,
    /// else <c>LEADINTEL_STORAGE</c>, else <c>AzureWebJobsStorage</c>), writes parts to blobs and results to the results queue.
    /// </summary>
    public static IServiceCollection AddBrowserJobQueue(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration[$"{BrowserJobOptions.Section}:ConnectionString"] is { Length: > 0 } own ? own
            : configuration["LEADINTEL_STORAGE"] is { Length: > 0 } local ? local
            : configuration["AzureWebJobsStorage"] ?? "UseDevelopmentStorage=true";
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<BrowserJobOptions>>().Value;
            var queues = new QueueServiceClient(connection);
            return new AzureBrowserJobQueue(queues.GetQueueClient(o.JobsQueue), queues.GetQueueClient(o.PoisonQueue));
        });
        services.AddSingleton(sp => new AzureBrowserJobResults(
            new QueueServiceClient(connection).GetQueueClient(sp.GetRequiredService<IOptions<BrowserJobOptions>>().Value.ResultsQueue)));
        services.AddSingleton(sp => new BlobLeadPartStore(
            new BlobServiceClient(connection).GetBlobContainerClient(sp.GetRequiredService<IOptions<BrowserJobOptions>>().Value.LeadsContainer)));
        services.AddSingleton<IBrowserJobQueue>(sp => sp.GetRequiredService<AzureBrowserJobQueue>());
        services.AddSingleton<IBrowserJobResults>(sp => sp.GetRequiredService<AzureBrowserJobResults>());
        services.AddSingleton<ILeadPartStore>(sp => sp.GetRequiredService<BlobLeadPartStore>());
        services.AddHostedService<BrowserStorageBootstrap>();
        services.AddHostedService<BrowserJobConsumer>();
        return services;
    }

    /// <summary>Maps the live hub at <see cref="LiveOptions.HubPath"/> (default <c>/hubs/live</c>).</summary>
    public static IEndpointRouteBuilder MapLeadIntelLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(app.ServiceProvider.GetRequiredService<IOptions<LiveOptions>>().Value.HubPath);
        return app;
    }
}
