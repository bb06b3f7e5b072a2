namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>
/// Where browser jobs wait (an Azure Storage queue in production). Competing consumers: a received job is
/// invisible to others until its visibility timeout runs out, so a worker renews it while working and
/// deletes it when done; a crashed worker's job comes back by itself.
/// </summary>
public interface IBrowserJobQueue
{
    Task<IReadOnlyList<QueuedBrowserJob>> ReceiveAsync(int maxMessages, TimeSpan visibility, CancellationToken ct);

    /// <summary>Keeps the job invisible for another <paramref name="visibility"/>; updates its receipt.</summary>
    Task RenewAsync(QueuedBrowserJob job, TimeSpan visibility, CancellationToken ct);

    /// <summary>Removes a finished job.</summary>
    Task CompleteAsync(QueuedBrowserJob job, CancellationToken ct);

    /// <summary>Makes the job visible again after <paramref name="delay"/> (for another worker or a later try).</summary>
    Task ReturnAsync(QueuedBrowserJob job, TimeSpan delay, CancellationToken ct);

    /// <summary>Moves a job that keeps failing to the poison queue.</summary>
    Task PoisonAsync(QueuedBrowserJob job, string reason, CancellationToken ct);
}
