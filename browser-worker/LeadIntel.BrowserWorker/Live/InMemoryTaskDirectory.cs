using System.Collections.Concurrent;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// The tasks this process has run jobs for. Enough for one host (<c>leadintel up</c>); several workers
/// behind Azure SignalR need a shared directory (the campaigns table) in its place.
/// </summary>
public sealed class InMemoryTaskDirectory : ITaskDirectory
{
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);

    public void Register(string taskId, string userId) => _owners[taskId] = userId;

    public ValueTask<bool> CanSeeAsync(string userId, string taskId, CancellationToken ct) =>
        ValueTask.FromResult(_owners.TryGetValue(taskId, out var owner) && owner == userId);
}
