using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>
/// Takes browser jobs from the queue (competing with other workers), runs up to
/// <see cref="BrowserJobOptions.MaxConcurrentJobs"/> at once, keeps each invisible while it runs, announces
/// its result and deletes it. A job that fails goes back for another try, and to the poison queue after
/// <see cref="BrowserJobOptions.MaxDeliveries"/>. On shutdown, running jobs get a grace period, then go
/// back to the queue: no job is lost.
/// </summary>
public sealed partial class BrowserJobConsumer(
    IBrowserJobQueue queue,
    IBrowserJobResults results,
    BrowserJobRunner runner,
    IOptions<BrowserJobOptions> options,
    TimeProvider time,
    ILogger<BrowserJobConsumer> log) : BackgroundService
{
    private readonly BrowserJobOptions _options = options.Value;
    private readonly CancellationTokenSource _abort = new();
    private readonly Dictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Jobs running right now.</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _running.Values];
        }

        // Stop taking jobs first, then give running ones their grace, then send the rest back.
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAny(Task.WhenAll(running), Task.Delay(_options.StopGrace, time)).ConfigureAwait(false);
        await _abort.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = _options.MaxConcurrentJobs - Running;
            IReadOnlyList<QueuedBrowserJob> received = [];
            if (free > 0)
            {
                try
                {
                    received = await queue.ReceiveAsync(free, _options.Visibility, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogQueueError(ex.Message);
                }
            }

            foreach (var message in received)
            {
                var task = HandleAsync(message);
                lock (_gate)
                {
                    _running[message.MessageId] = task;
                }

                _ = task.ContinueWith(
                    _ =>
                    {
                        lock (_gate)
                        {
                            _running.Remove(message.MessageId);
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }

            if (received.Count == 0)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task HandleAsync(QueuedBrowserJob message)
    {
        var ct = _abort.Token;
        if (message.Job is null || message.DequeueCount > _options.MaxDeliveries)
        {
            var reason = message.Job is null ? "not a browser job" : $"failed {message.DequeueCount - 1} times";
            LogPoisoned(message.MessageId, reason);
            await queue.PoisonAsync(message, reason, ct).ConfigureAwait(false);
            if (message.Job is not null)
            {
                await results.PublishAsync(BrowserJobResult.Failure(message.Job, BrowserJobStatus.Failed(reason), reason, (int)message.DequeueCount, time.GetUtcNow()), ct)
                    .ConfigureAwait(false);
            }

            return;
        }

        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewing = RenewAsync(message, renewal.Token);
        try
        {
            var result = await runner.RunAsync(message.Job, (int)message.DequeueCount, ct).ConfigureAwait(false);
            await renewal.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Publish before delete: a crash in between means a rerun, never a lost result.
            await results.PublishAsync(result, ct).ConfigureAwait(false);
            await queue.CompleteAsync(message, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await renewal.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var shuttingDown = ct.IsCancellationRequested;
            if (!shuttingDown)
            {
                LogJobFailed(message.Job.InstanceId, (int)message.DequeueCount, ex.Message);
            }

            try
            {
                // Back to the queue: at once when this worker is stopping, after a pause when the job failed.
                await queue.ReturnAsync(message, shuttingDown ? TimeSpan.Zero : _options.RetryDelay, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception returnError) when (returnError is not OutOfMemoryException)
            {
                // Its visibility timeout brings it back anyway.
                LogQueueError(returnError.Message);
            }
        }
    }

    private async Task RenewAsync(QueuedBrowserJob message, CancellationToken ct)
    {
        var every = _options.Visibility / 3;
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(every, time, ct).ConfigureAwait(false);
            await queue.RenewAsync(message, _options.Visibility, ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Browser job queue: {Error}")]
    private partial void LogQueueError(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} failed on delivery {Delivery}: {Error}")]
    private partial void LogJobFailed(string job, int delivery, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to the poison queue: {Reason}")]
    private partial void LogPoisoned(string messageId, string reason);
}
