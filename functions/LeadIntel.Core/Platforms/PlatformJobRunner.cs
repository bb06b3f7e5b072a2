using System.Runtime.CompilerServices;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Platforms;

/// <summary>
/// Runs a platform's jobs in process: listing pages first, detail pages with bounded concurrency, each job key once,
/// until the request's maximum is reached or no page leads anywhere new. A failed job is recorded and skipped.
/// </summary>
public sealed class PlatformJobRunner(IPlatformAdapter adapter, PlatformRunnerOptions? options = null, TimeProvider? clock = null)
{
    private readonly int _maxConcurrency = Math.Max(1, (options ?? new PlatformRunnerOptions()).MaxConcurrency);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Yields leads as their pages complete (not in listing order).</summary>
    /// <param name="errors">Receives the jobs that failed; null to ignore them.</param>
    public async IAsyncEnumerable<Lead> RunAsync(
        PlatformRequest request,
        ICollection<PlatformJobError>? errors = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (request.MaxResults <= 0)
        {
            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var frontier = new JobFrontier(request.MaxResults);
        frontier.AddRange(adapter.Seed(request));
        var running = new List<Task<(PlatformJob Job, PlatformStep? Step, PlatformException? Error)>>();
        var emitted = 0;
        try
        {
            while (emitted < request.MaxResults)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (running.Count < _maxConcurrency && frontier.TryTake(out var job))
                {
                    running.Add(RunOneAsync(job, stop.Token));
                }

                if (running.Count == 0)
                {
                    yield break;
                }

                var done = await Task.WhenAny(running).ConfigureAwait(false);
                running.Remove(done);
                var (finished, step, error) = await done.ConfigureAwait(false);
                if (error is not null)
                {
                    errors?.Add(new PlatformJobError(finished, error.Message, error.Retryable));
                    frontier.Failed(finished);
                    continue;
                }

                foreach (var lead in step!.Leads)
                {
                    if (emitted++ < request.MaxResults)
                    {
                        yield return lead;
                    }
                }

                frontier.AddRange(step.FollowUps);
            }
        }
        finally
        {
            // Stop what is still in flight once enough leads are out (or the caller stopped listening).
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    private async Task<(PlatformJob, PlatformStep?, PlatformException?)> RunOneAsync(PlatformJob job, CancellationToken cancellationToken)
    {
        try
        {
            return (job, await adapter.RunAsync(job, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false), null);
        }
        catch (PlatformException error)
        {
            return (job, null, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (job, null, new PlatformException("Cancelled.", retryable: true));
        }
        catch (Exception error)
        {
            // A job boundary: a page the adapter chokes on is recorded, not allowed to end the run.
            return (job, null, new PlatformException(error.Message, retryable: false, error));
        }
    }

    /// <summary>
    /// The jobs still to run. Listing pages go first so detail pages keep flowing. Detail jobs are admitted only up to
    /// the budget; past it, details and listing pages are held back, and released when a detail job fails.
    /// </summary>
    private sealed class JobFrontier(int budget)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Queue<PlatformJob> _listings = new();
        private readonly Queue<PlatformJob> _details = new();
        private readonly Queue<PlatformJob> _heldListings = new();
        private readonly Queue<PlatformJob> _heldDetails = new();
        private int _budget = budget;

        public void AddRange(IEnumerable<PlatformJob> jobs)
        {
            foreach (var job in jobs)
            {
                if (!_seen.Add(job.Key))
                {
                    continue;
                }

                if (job.Label == PlatformJobLabels.Detail)
                {
                    AdmitDetail(job);
                }
                else
                {
                    (_budget > 0 ? _listings : _heldListings).Enqueue(job);
                }
            }
        }

        public void Failed(PlatformJob job)
        {
            if (job.Label != PlatformJobLabels.Detail)
            {
                return;
            }

            _budget++;
            if (_heldDetails.TryDequeue(out var held))
            {
                AdmitDetail(held);
                return;
            }

            while (_heldListings.TryDequeue(out var listing))
            {
                _listings.Enqueue(listing);
            }
        }

        public bool TryTake(out PlatformJob job)
        {
            // A listing page queued before the budget ran out would only find details nobody wants.
            while (_budget == 0 && _listings.TryDequeue(out var listing))
            {
                _heldListings.Enqueue(listing);
            }

            return _listings.TryDequeue(out job!) || _details.TryDequeue(out job!);
        }

        private void AdmitDetail(PlatformJob job)
        {
            if (_budget > 0)
            {
                _budget--;
                _details.Enqueue(job);
            }
            else
            {
                _heldDetails.Enqueue(job);
            }
        }
    }
}
