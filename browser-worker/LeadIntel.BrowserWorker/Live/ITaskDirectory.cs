namespace LeadIntel.BrowserWorker.Live;

/// <summary>Who owns which task, so a viewer only joins its own tasks. A task id is a campaign id.</summary>
public interface ITaskDirectory
{
    /// <summary>Records that <paramref name="userId"/> owns <paramref name="taskId"/> (a worker starting a job does this).</summary>
    void Register(string taskId, string userId);

    ValueTask<bool> CanSeeAsync(string userId, string taskId, CancellationToken ct);
}
