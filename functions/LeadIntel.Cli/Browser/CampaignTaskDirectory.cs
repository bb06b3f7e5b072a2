using LeadIntel.BrowserWorker.Live;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Cli.Browser;

/// <summary>
/// Live tasks are campaigns: a viewer may join one that the campaigns table lists under its user, from the
/// moment the API accepted it (before the worker has started a job for it, so the web app can join at once).
/// </summary>
public sealed class CampaignTaskDirectory(CampaignTable campaigns) : ITaskDirectory
{
    /// <summary>Nothing to record: the API wrote the campaign's owner when it accepted it.</summary>
    public void Register(string taskId, string userId)
    {
    }

    public async ValueTask<bool> CanSeeAsync(string userId, string taskId, CancellationToken ct) =>
        await campaigns.GetAsync(userId, taskId, ct) is not null;
}
