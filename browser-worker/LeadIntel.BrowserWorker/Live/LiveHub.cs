using Microsoft.AspNetCore.SignalR;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// The live view of running tasks. A client calls <see cref="JoinTask"/> with a task (campaign) id it
/// owns and then receives <c>frame</c>, <c>phones</c>, <c>lead</c>, <c>progress</c> and <c>log</c> for it.
/// </summary>
public sealed class LiveHub(ITaskDirectory tasks, LiveViewers viewers) : Hub
{
    public static string Group(string taskId) => "task:" + taskId;

    /// <exception cref="HubException">The task does not exist or belongs to someone else.</exception>
    public async Task JoinTask(string taskId)
    {
        var user = LiveUser.Resolve(Context.GetHttpContext());
        if (user is null || string.IsNullOrWhiteSpace(taskId) || !await tasks.CanSeeAsync(user, taskId, Context.ConnectionAborted))
        {
            // The same answer for "not yours" and "no such task": ids are not to be probed.
            throw new HubException("Unknown task.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(taskId), Context.ConnectionAborted);
        viewers.Join(taskId, Context.ConnectionId);
    }

    public async Task LeaveTask(string taskId)
    {
        viewers.Leave(taskId, Context.ConnectionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(taskId));
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        viewers.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
