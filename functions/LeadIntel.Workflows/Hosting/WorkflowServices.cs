using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using LeadIntel.Core.Crawling;
using LeadIntel.Core.Platforms.Directory;
using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Api;
using LeadIntel.Workflows.Engine;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Registrations shared by both hosts (<c>leadintel up</c> and the Azure Functions app).</summary>
public static class WorkflowServices
{
    public const string PlatformHttpClient = "leadintel-platforms";

    /// <summary>
    /// Options, storage adapters, platforms, activities and API handlers. The storage connection string
    /// comes from <c>LeadIntel:Storage:ConnectionString</c>, else <c>LEADINTEL_STORAGE</c>, else <c>AzureWebJobsStorage</c>.
    /// </summary>
    public static IServiceCollection AddLeadIntelWorkflows(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).Configure<Microsoft.Extensions.Configuration.IConfiguration>((o, config) =>
        {
            if (config[$"{StorageOptions.Section}:ConnectionString"] is null && (config["LEADINTEL_STORAGE"] ?? config["AzureWebJobsStorage"]) is { Length: > 0 } fromEnvironment)
            {
                o.ConnectionString = fromEnvironment;
            }
        });
        services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.Section);
        services.AddOptions<ActivityOptions>().BindConfiguration(ActivityOptions.Section)
            .Validate(o => o.BatchBudget > TimeSpan.Zero && o.ListingConcurrency >= 1, "LeadIntel:Activities needs a positive BatchBudget and ListingConcurrency.")
            .ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section)
            .Validate(o => o.BatchSize >= 1 && o.MaxParallelBatches >= 1 && o.MaxParallelSearches >= 1, "LeadIntel:Campaigns bounds must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new BlobServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton(sp => new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton(sp => new QueueServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<LeadBlobStore>();
        services.AddSingleton<CampaignTable>();
        services.AddSingleton<UrlCacheTable>();
        services.AddSingleton<BrowserJobQueue>();
        services.AddSingleton<BrowserJobs.BrowserJobResultHandler>();
        services.AddHostedService<StorageBootstrap>();

        services.AddHttpClient(PlatformHttpClient, (sp, http) =>
        {
            http.Timeout = sp.GetRequiredService<IOptions<ActivityOptions>>().Value.HttpTimeout;
            http.DefaultRequestHeaders.UserAgent.ParseAdd("LeadIntel/0.1 (+https://github.com/leadintel)");
        });
        services.AddSingleton(sp =>
        {
            var activity = sp.GetRequiredService<IOptions<ActivityOptions>>().Value;
            var crawl = new CrawlOptions { MaxPages = activity.SiteMaxPages, MaxDepth = 2, DelayPerHost = activity.SiteDelayPerHost, RequestTimeout = activity.HttpTimeout };
            return new WebsiteCrawler(CrawlHttp.CreateClient(), crawl, time: sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ISiteContactReader>(sp => new CachedSiteContactReader(
            ActivatorUtilities.CreateInstance<CrawlingContactReader>(sp), sp.GetRequiredService<UrlCacheTable>()));
        services.AddSingleton<LeadWebsiteEnricher>();
        services.AddSingleton<IListingSource, WebsiteListingSource>();
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section);
        services.AddSingleton<IListingSource>(sp =>
        {
            var baseUrl = sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.BaseUrl;
            if (string.IsNullOrWhiteSpace(baseUrl))
            {
                return new UnconfiguredListingSource(PlatformNames.Directory, "no directory is configured: run 'leadintel up --demo' or set LeadIntel:Directory:BaseUrl");
            }

            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(PlatformHttpClient);
            return new PlatformAdapterListingSource(new DirectoryAdapter(http, new Uri(baseUrl)), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ListingSources>();

        services.AddSingleton<CampaignBodyReader>();
        services.AddSingleton<CampaignCommands>();
        services.AddSingleton<CampaignQueries>();
        services.AddSingleton<ServiceQueries>();
        services.AddLeadIntelData();
        return services;
    }
}
