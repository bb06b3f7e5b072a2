using System.Text.Json;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// Chrome's own screencast of one page over a CDP session (<c>Page.startScreencast</c>): frames come
/// only when the page changes, each is acknowledged at once so Chrome keeps sending, and the caller
/// decides what to do with them (<see cref="LatestFrameSlot{T}"/> drops what a slow viewer cannot take).
/// </summary>
public sealed class Screencast : IAsyncDisposable
{
    // A session on a browser that died can leave a command unanswered forever: every call is bounded.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(5);
    private readonly ICDPSession _cdp;
    private readonly Action<ScreencastFrame> _onFrame;
    private bool _running;

    private Screencast(ICDPSession cdp, Action<ScreencastFrame> onFrame)
    {
        _cdp = cdp;
        _onFrame = onFrame;
        _cdp.Event("Page.screencastFrame").OnEvent += OnFrame;
    }

    public static async Task<Screencast> OpenAsync(IBrowserContext context, IPage page, Action<ScreencastFrame> onFrame) =>
        new(await context.NewCDPSessionAsync(page).ConfigureAwait(false), onFrame);

    public async Task StartAsync(LiveOptions options)
    {
        if (_running)
        {
            return;
        }

        _running = true;
        await _cdp.SendAsync("Page.startScreencast", new Dictionary<string, object>
        {
            ["format"] = "jpeg",
            ["quality"] = options.JpegQuality,
            ["maxWidth"] = options.MaxWidth,
            ["maxHeight"] = options.MaxHeight,
            ["everyNthFrame"] = 1,
        }).WaitAsync(CommandTimeout).ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (!_running)
        {
            return;
        }

        _running = false;
        await _cdp.SendAsync("Page.stopScreencast").WaitAsync(CommandTimeout).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _cdp.Event("Page.screencastFrame").OnEvent -= OnFrame;
        try
        {
            await StopAsync().ConfigureAwait(false);
            await _cdp.DetachAsync().WaitAsync(CommandTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The page or browser is gone already.
        }
    }

    private void OnFrame(object? sender, JsonElement? e)
    {
        if (e is not { } frame)
        {
            return;
        }

        var sessionId = frame.GetProperty("sessionId").GetInt32();
        // Acknowledge before anything else: Chrome sends the next frame only after the ack.
        _ = AckAsync(sessionId);
        if (!_running)
        {
            return;
        }

        var metadata = frame.GetProperty("metadata");
        var timestamp = metadata.TryGetProperty("timestamp", out var ts) ? (long)(ts.GetDouble() * 1000) : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _onFrame(new ScreencastFrame(
            frame.GetProperty("data").GetString()!,
            timestamp,
            metadata.GetProperty("scrollOffsetX").GetDouble(),
            metadata.GetProperty("scrollOffsetY").GetDouble(),
            metadata.GetProperty("deviceWidth").GetDouble(),
            metadata.GetProperty("deviceHeight").GetDouble()));
    }

    private async Task AckAsync(int sessionId)
    {
        try
        {
            await _cdp.SendAsync("Page.screencastFrameAck", new Dictionary<string, object> { ["sessionId"] = sessionId }).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page closed between frame and ack.
        }
    }
}

/// <summary>One frame as Chrome sent it: base64 JPEG, capture time (Unix ms), scroll offsets and CSS size.</summary>
public sealed record ScreencastFrame(string Data, long Timestamp, double ScrollX, double ScrollY, double DeviceWidth, double DeviceHeight);
