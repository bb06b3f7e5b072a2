using System.Text.Json;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>
/// A queue with Azure Storage queue semantics (visibility timeouts, receipts, dequeue counts) in memory:
/// for tests and benchmarks without Azurite.
/// </summary>
public sealed class InMemoryBrowserJobQueue(TimeProvider? time = null) : IBrowserJobQueue
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly List<Entry> _entries = [];
    private readonly Lock _gate = new();
    private int _nextId;

    public List<(string Body, string Reason)> Poisoned { get; } = [];

    /// <summary>Messages still in the queue, visible or not.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public void Enqueue(BrowserJob job) => EnqueueRaw(JsonSerializer.Serialize(job, BrowserJobJson.Default.BrowserJob));

    public void EnqueueRaw(string body)
    {
        lock (_gate)
        {
            _entries.Add(new Entry((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture), body) { VisibleAt = _time.GetUtcNow() });
        }
    }

    public Task<IReadOnlyList<QueuedBrowserJob>> ReceiveAsync(int maxMessages, TimeSpan visibility, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var taken = _entries.Where(e => e.VisibleAt <= now).Take(maxMessages).ToList();
            foreach (var entry in taken)
            {
                entry.VisibleAt = now + visibility;
                entry.Dequeues++;
                entry.Receipt = Guid.NewGuid().ToString("N");
            }

            return Task.FromResult<IReadOnlyList<QueuedBrowserJob>>(taken.Select(e => new QueuedBrowserJob(Parse(e.Body), e.Id, e.Receipt, e.Dequeues, e.Body)).ToList());
        }
    }

    public Task RenewAsync(QueuedBrowserJob job, TimeSpan visibility, CancellationToken ct) => Update(job, e => e.VisibleAt = _time.GetUtcNow() + visibility);

    public Task CompleteAsync(QueuedBrowserJob job, CancellationToken ct) => Update(job, e => _entries.Remove(e));

    public Task ReturnAsync(QueuedBrowserJob job, TimeSpan delay, CancellationToken ct) => Update(job, e => e.VisibleAt = _time.GetUtcNow() + delay);

    public Task PoisonAsync(QueuedBrowserJob job, string reason, CancellationToken ct) => Update(job, e =>
    {
        _entries.Remove(e);
        Poisoned.Add((e.Body, reason));
    });

    private Task Update(QueuedBrowserJob job, Action<Entry> change)
    {
        lock (_gate)
        {
            var entry = _entries.FirstOrDefault(e => e.Id == job.MessageId && e.Receipt == job.Receipt)
                ?? throw new InvalidOperationException($"Message {job.MessageId} is not held with this receipt (its visibility ran out).");
            change(entry);
            entry.Receipt = Guid.NewGuid().ToString("N");
            job.Receipt = entry.Receipt;
            return Task.CompletedTask;
        }
    }

    private static BrowserJob? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, BrowserJobJson.Default.BrowserJob);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Entry(string id, string body)
    {
        public string Id { get; } = id;

        public string Body { get; } = body;

        public DateTimeOffset VisibleAt { get; set; }

        public int Dequeues { get; set; }

        public string Receipt { get; set; } = string.Empty;
    }
}
