using System.Collections.Concurrent;
using LeadIntel.BrowserWorker.Live;
using Microsoft.AspNetCore.SignalR;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Wraps the live hub's context to note when the worker hands each frame to SignalR, so the benchmark can
/// split a frame's latency into capture → send (Chrome, Playwright, the worker) and send → client (SignalR).
/// </summary>
public sealed class FrameSendProbe(IHubContext<LiveHub> inner, TimeProvider time) : IHubContext<LiveHub>
{
    private readonly ConcurrentDictionary<(string Job, long Ts), long> _sentAt = new();

    public IHubClients Clients => new ProbedClients(inner.Clients, this);

    public IGroupManager Groups => inner.Groups;

    /// <summary>When the frame of <paramref name="job"/> captured at <paramref name="ts"/> was handed to SignalR (Unix ms), if it was.</summary>
    public long? SentAt(string job, long ts) => _sentAt.TryRemove((job, ts), out var at) ? at : null;

    private void Note(object?[] args)
    {
        if (args is [LiveFrame frame])
        {
            _sentAt[(frame.Job, frame.Ts)] = time.GetUtcNow().ToUnixTimeMilliseconds();
        }
    }

    private sealed class ProbedClients(IHubClients inner, FrameSendProbe probe) : IHubClients
    {
        public IClientProxy All => inner.All;

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => inner.AllExcept(excludedConnectionIds);

        public IClientProxy Client(string connectionId) => inner.Client(connectionId);

        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => inner.Clients(connectionIds);

        public IClientProxy Group(string groupName) => new ProbedProxy(inner.Group(groupName), probe);

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => inner.GroupExcept(groupName, excludedConnectionIds);

        public IClientProxy Groups(IReadOnlyList<string> groupNames) => inner.Groups(groupNames);

        public IClientProxy User(string userId) => inner.User(userId);

        public IClientProxy Users(IReadOnlyList<string> userIds) => inner.Users(userIds);
    }

    private sealed class ProbedProxy(IClientProxy inner, FrameSendProbe probe) : IClientProxy
    {
        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            if (method == LiveEvents.Frame)
            {
                probe.Note(args);
            }

            return inner.SendCoreAsync(method, args, cancellationToken);
        }
    }
}
