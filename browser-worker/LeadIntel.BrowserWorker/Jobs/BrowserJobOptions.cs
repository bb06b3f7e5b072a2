using System.ComponentModel.DataAnnotations;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>How the worker takes jobs from the queue. Bound from <c>LeadIntel:BrowserJobs</c>.</summary>
public sealed class BrowserJobOptions
{
    public const string Section = "LeadIntel:BrowserJobs";

    /// <summary>Storage connection string; empty falls back to <c>LEADINTEL_STORAGE</c>, then <c>AzureWebJobsStorage</c>.</summary>
    public string? ConnectionString { get; set; }

    public string JobsQueue { get; set; } = "browser-jobs";

    public string PoisonQueue { get; set; } = "browser-jobs-poison";

    public string ResultsQueue { get; set; } = "browser-results";

    public string LeadsContainer { get; set; } = "leads";

    /// <summary>Jobs run at once by this worker (each takes one page of the pool).</summary>
    [Range(1, 64)]
    public int MaxConcurrentJobs { get; set; } = 2;

    /// <summary>A delivery past this count goes to the poison queue instead of running again.</summary>
    [Range(1, 100)]
    public int MaxDeliveries { get; set; } = 3;

    /// <summary>How long a received job stays invisible to other workers; renewed at a third of it while working.</summary>
    public TimeSpan Visibility { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait between polls of an empty queue.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a job that failed waits before it is tried again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>On shutdown, running jobs get this long to finish; the rest go back to the queue.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Times a job is restarted on a fresh browser when its browser dies under it.</summary>
    [Range(0, 10)]
    public int CrashRetries { get; set; } = 2;

    /// <summary>Leads per part file.</summary>
    [Range(1, 10_000)]
    public int PartSize { get; set; } = 100;
}
