using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>Lead part files (blobs in production).</summary>
public interface ILeadPartStore
{
    /// <summary>Deletes every part whose name starts with <paramref name="prefix"/> (a rerun's stale parts).</summary>
    Task DeleteAsync(string prefix, CancellationToken ct);

    /// <summary>Writes (overwrites) one part.</summary>
    Task WriteAsync(string name, IReadOnlyList<Lead> leads, CancellationToken ct);
}
