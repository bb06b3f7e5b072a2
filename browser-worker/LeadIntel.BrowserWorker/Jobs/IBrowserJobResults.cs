using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>Where finished jobs are announced (the results queue the orchestration side listens to).</summary>
public interface IBrowserJobResults
{
    Task PublishAsync(BrowserJobResult result, CancellationToken ct);
}
