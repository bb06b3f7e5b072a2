using System.Collections.Concurrent;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// Which connections watch which task, so frames are only produced while someone watches. Counts the
/// viewers connected to this process.
/// </summary>
public sealed class LiveViewers
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byTask = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);

    /// <summary>Raised with the task id whenever its viewer count changes.</summary>
    public event Action<string>? Changed;

    public int Count(string taskId) => _byTask.TryGetValue(taskId, out var viewers) ? viewers.Count : 0;

    public void Join(string taskId, string connectionId)
    {
        _byTask.GetOrAdd(taskId, _ => new(StringComparer.Ordinal))[connectionId] = 0;
        _byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal))[taskId] = 0;
        Changed?.Invoke(taskId);
    }

    public void Leave(string taskId, string connectionId)
    {
        if (_byTask.TryGetValue(taskId, out var viewers) && viewers.TryRemove(connectionId, out _))
        {
            Changed?.Invoke(taskId);
        }

        if (_byConnection.TryGetValue(connectionId, out var tasks))
        {
            tasks.TryRemove(taskId, out _);
        }
    }

    public void Disconnected(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var tasks))
        {
            foreach (var taskId in tasks.Keys)
            {
                Leave(taskId, connectionId);
            }
        }
    }
}
