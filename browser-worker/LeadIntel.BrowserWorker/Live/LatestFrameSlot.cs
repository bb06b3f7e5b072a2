using System.Threading.Channels;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// Hands frames to a slow consumer without queueing: holds at most one unsent frame, and a newer frame
/// replaces it. The consumer runs at most <c>maxPerSecond</c> times a second.
/// </summary>
public sealed class LatestFrameSlot<T> : IAsyncDisposable
{
    private readonly Channel<T> _slot = Channel.CreateBounded<T>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private readonly Func<T, Task> _send;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Task _pump;
    private long _offered;
    private long _sent;

    public LatestFrameSlot(Func<T, Task> send, int maxPerSecond, TimeProvider? time = null)
    {
        _send = send;
        _interval = TimeSpan.FromSeconds(1.0 / maxPerSecond);
        _time = time ?? TimeProvider.System;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Frames offered so far.</summary>
    public long Offered => Interlocked.Read(ref _offered);

    /// <summary>Frames actually sent; the rest were replaced by newer ones.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    public long Dropped => Offered - Sent;

    /// <summary>Never waits: the frame replaces any unsent one.</summary>
    public void Offer(T frame)
    {
        Interlocked.Increment(ref _offered);
        _slot.Writer.TryWrite(frame);
    }

    public async ValueTask DisposeAsync()
    {
        _slot.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        await foreach (var frame in _slot.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var started = _time.GetTimestamp();
            try
            {
                await _send(frame).ConfigureAwait(false);
                Interlocked.Increment(ref _sent);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A frame that could not be delivered is just a lost frame; the next one follows.
            }

            var left = _interval - _time.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, _time).ConfigureAwait(false);
            }
        }
    }
}
