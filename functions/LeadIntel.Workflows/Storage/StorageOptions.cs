namespace LeadIntel.Workflows.Storage;

/// <summary>Where LeadIntel keeps its data in Azure Storage (or Azurite). Bound from <c>LeadIntel:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "LeadIntel:Storage";

    /// <summary>Connection string; <c>UseDevelopmentStorage=true</c> means Azurite on its default ports.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    public string LeadsContainer { get; set; } = "leads";

    public string CampaignsTable { get; set; } = "campaigns";

    public string UrlCacheTable { get; set; } = "urlcache";

    public string BrowserJobsQueue { get; set; } = "browser-jobs";

    /// <summary>Where the browser workers post their <c>BrowserJobResult</c> messages.</summary>
    public string BrowserResultsQueue { get; set; } = "browser-results";

    /// <summary>Where unreadable result messages go, so they are kept for a look instead of retried forever.</summary>
    public string BrowserResultsPoisonQueue { get; set; } = "browser-results-poison";

    /// <summary>How long a fetched page's extraction stays reusable.</summary>
    public TimeSpan UrlCacheTtl { get; set; } = TimeSpan.FromHours(24);
}
