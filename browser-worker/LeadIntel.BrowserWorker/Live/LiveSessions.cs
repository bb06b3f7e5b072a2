using LeadIntel.BrowserWorker.Pool;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>Opens the live side of each job and records who owns its task.</summary>
public sealed class LiveSessions(IHubContext<LiveHub> hub, LiveViewers viewers, ITaskDirectory tasks, IOptions<LiveOptions> options, TimeProvider time)
{
    /// <param name="job">Names the job in events (several jobs of one campaign share its task).</param>
    public Task<LiveTaskSession> OpenAsync(string job, string taskId, string userId, BrowserLease lease)
    {
        tasks.Register(taskId, userId);
        return LiveTaskSession.StartAsync(job, taskId, lease, hub, viewers, options.Value, time);
    }
}
