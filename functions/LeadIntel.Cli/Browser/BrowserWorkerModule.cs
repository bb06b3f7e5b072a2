using LeadIntel.BrowserWorker.Hosting;
using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Workflows.Hosting;
using LeadIntel.Workflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Cli.Browser;

/// <summary>
/// The browser worker inside <c>leadintel up</c>: the Chromium pool, the job consumer on the stack's own
/// <c>browser-jobs</c> queue (results to <c>browser-results</c>, leads to the stack's part blobs) and the live
/// hub at <c>/hubs/live</c>. Without Chromium it stays out and says so in <see cref="Status"/>.
/// </summary>
public sealed class BrowserWorkerModule : ILocalStackModule
{
    private const string Jobs = BrowserJobOptions.Section;
    private const string Storage = StorageOptions.Section;

    /// <summary>True once the worker is registered (Chromium was found).</summary>
    public bool Enabled { get; private set; }

    /// <summary>One line for the console: what runs, or why not.</summary>
    public string Status { get; private set; } = "not configured yet";

    public void ConfigureServices(WebApplicationBuilder builder, Uri origin)
    {
        var config = builder.Configuration;
        var chromium = config[$"{BrowserPoolOptions.Section}:{nameof(BrowserPoolOptions.ExecutablePath)}"] is { Length: > 0 } configured
            ? configured
            : new BrowserPoolOptions().ExecutablePath;
        if (!File.Exists(chromium))
        {
            Status = $"off: no Chromium at {chromium} (setup.sh installs it); browser platforms end as errors";
            return;
        }

        // The worker reads the queues and blobs the workflows write: the same storage, the same names.
        SetDefault(config, $"{Jobs}:{nameof(BrowserJobOptions.ConnectionString)}", config[$"{Storage}:{nameof(StorageOptions.ConnectionString)}"]);
        SetDefault(config, $"{Jobs}:{nameof(BrowserJobOptions.JobsQueue)}", config[$"{Storage}:{nameof(StorageOptions.BrowserJobsQueue)}"]);
        SetDefault(config, $"{Jobs}:{nameof(BrowserJobOptions.ResultsQueue)}", config[$"{Storage}:{nameof(StorageOptions.BrowserResultsQueue)}"]);
        SetDefault(config, $"{Jobs}:{nameof(BrowserJobOptions.LeadsContainer)}", config[$"{Storage}:{nameof(StorageOptions.LeadsContainer)}"]);
        // Ctrl-C stops `up` in seconds: running jobs go back to the queue and rerun on the next start.
        SetDefault(config, $"{Jobs}:{nameof(BrowserJobOptions.StopGrace)}", "00:00:01");

        // Before the worker's registrations, which only add an in-memory directory when none is there.
        builder.Services.AddSingleton<ITaskDirectory, CampaignTaskDirectory>();
        builder.Services.AddLeadIntelBrowserWorker(config);
        builder.Services.AddBrowserJobQueue(config);
        Enabled = true;
        Status = $"Chromium at {chromium}, live view at {origin}hubs/live";
    }

    public void MapEndpoints(WebApplication app)
    {
        if (Enabled)
        {
            app.MapLeadIntelLive();
        }
    }

    private static void SetDefault(IConfiguration config, string key, string? value)
    {
        if (string.IsNullOrEmpty(config[key]) && !string.IsNullOrEmpty(value))
        {
            config[key] = value;
        }
    }
}
