using LeadIntel.BrowserWorker.Crawling;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Model;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// The live side of one running job: streams its page's screencast to the task's group while anyone
/// watches (and stops it when the last viewer leaves), and forwards phones, leads, progress and log lines.
/// </summary>
public sealed class LiveTaskSession : ICrawlObserver, IAsyncDisposable
{
    private readonly string _job;
    private readonly string _taskId;
    private readonly IHubContext<LiveHub> _hub;
    private readonly LiveViewers _viewers;
    private readonly LiveOptions _options;
    private readonly TimeProvider _time;
    private readonly LatestFrameSlot<LiveFrame> _frames;
    private readonly SemaphoreSlim _switch = new(1, 1);
    private Screencast? _screencast;
    private IPage? _page;
    private bool _disposed;

    private LiveTaskSession(string job, string taskId, IHubContext<LiveHub> hub, LiveViewers viewers, LiveOptions options, TimeProvider time)
    {
        _job = job;
        _taskId = taskId;
        _hub = hub;
        _viewers = viewers;
        _options = options;
        _time = time;
        _frames = new LatestFrameSlot<LiveFrame>(frame => Group.SendAsync(LiveEvents.Frame, frame), options.MaxFramesPerSecond, time);
    }

    /// <summary>Frames Chrome produced for this job and frames sent (the difference was dropped for slow delivery).</summary>
    public (long Offered, long Sent) FrameCounts => (_frames.Offered, _frames.Sent);

    private IClientProxy Group => _hub.Clients.Group(LiveHub.Group(_taskId));

    /// <summary>Opens the session on a leased page; the screencast starts now if the task already has viewers.</summary>
    public static async Task<LiveTaskSession> StartAsync(
        string job, string taskId, BrowserLease lease, IHubContext<LiveHub> hub, LiveViewers viewers, LiveOptions options, TimeProvider time)
    {
        var session = new LiveTaskSession(job, taskId, hub, viewers, options, time);
        session._page = lease.Page;
        session._screencast = await Screencast.OpenAsync(lease.Context, lease.Page, session.OnFrame).ConfigureAwait(false);
        viewers.Changed += session.OnViewersChanged;
        await session.ApplyAsync().ConfigureAwait(false);
        return session;
    }

    public ValueTask PhonesAsync(string pageUrl, IReadOnlyList<Phone> phones) =>
        new(Group.SendAsync(LiveEvents.Phones, phones.Select(p => ToLive(p, pageUrl)).ToList()));

    public ValueTask LeadAsync(Lead lead) => new(Group.SendAsync(LiveEvents.Lead, lead));

    public ValueTask ProgressAsync(CrawlProgress p) =>
        new(Group.SendAsync(LiveEvents.Progress, new LiveProgress(_job, p.Found, p.Processed, p.Leads, p.Phones, p.Errors)));

    public ValueTask LogAsync(string message) =>
        new(Group.SendAsync(LiveEvents.Log, new LiveLog(_job, message, _time.GetUtcNow().ToUnixTimeMilliseconds())));

    public async ValueTask DisposeAsync()
    {
        _viewers.Changed -= OnViewersChanged;
        await _switch.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            if (_screencast is not null)
            {
                await _screencast.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _switch.Release();
        }

        await _frames.DisposeAsync().ConfigureAwait(false);
    }

    internal static LivePhone ToLive(Phone phone, string pageUrl)
    {
        var box = phone.Evidence.Select(e => e.Box).FirstOrDefault(b => b?.NormX is not null);
        return new LivePhone(
            phone.E164,
            phone.Type,
            phone.Confidence,
            phone.Evidence.Select(e => e.Layer).Distinct().ToList(),
            phone.Evidence.FirstOrDefault()?.Context ?? phone.Raw,
            box is null ? null : new LiveBox(box.X, box.Y, box.Width, box.Height, box.NormX!.Value, box.NormY!.Value, box.NormWidth!.Value, box.NormHeight!.Value),
            pageUrl);
    }

    private void OnViewersChanged(string taskId)
    {
        if (taskId == _taskId)
        {
            _ = ApplyAsync();
        }
    }

    /// <summary>Runs the screencast exactly while the task has viewers.</summary>
    private async Task ApplyAsync()
    {
        await _switch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed || _screencast is null)
            {
                return;
            }

            if (_viewers.Count(_taskId) > 0)
            {
                await _screencast.StartAsync(_options).ConfigureAwait(false);
            }
            else
            {
                await _screencast.StopAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The page is closing or its browser died; the job ends with it.
        }
        finally
        {
            _switch.Release();
        }
    }

    private void OnFrame(ScreencastFrame frame)
    {
        // The size is in the first bytes: decode only a prefix of the base64 text.
        var size = JpegSize.Read(Convert.FromBase64String(frame.Data[..(Math.Min(frame.Data.Length, 8192) / 4 * 4)]));
        _frames.Offer(new LiveFrame(
            _job, frame.Data, size?.Width ?? (int)frame.DeviceWidth, size?.Height ?? (int)frame.DeviceHeight, frame.Timestamp, frame.ScrollX, frame.ScrollY,
            // The page shown, so a viewer draws only the boxes found on it (phones come as their own messages).
            _page?.Url));
    }
}
