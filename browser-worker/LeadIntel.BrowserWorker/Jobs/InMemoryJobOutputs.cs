using System.Collections.Concurrent;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>Results and lead parts kept in memory: for tests and benchmarks without Azurite.</summary>
public sealed class InMemoryJobOutputs : IBrowserJobResults, ILeadPartStore
{
    public ConcurrentQueue<BrowserJobResult> Results { get; } = new();

    public ConcurrentDictionary<string, IReadOnlyList<Lead>> Parts { get; } = new(StringComparer.Ordinal);

    /// <summary>Raised after each published result.</summary>
    public event Action<BrowserJobResult>? Published;

    public Task PublishAsync(BrowserJobResult result, CancellationToken ct)
    {
        Results.Enqueue(result);
        Published?.Invoke(result);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string prefix, CancellationToken ct)
    {
        foreach (var name in Parts.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            Parts.TryRemove(name, out _);
        }

        return Task.CompletedTask;
    }

    public Task WriteAsync(string name, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        Parts[name] = leads;
        return Task.CompletedTask;
    }
}
