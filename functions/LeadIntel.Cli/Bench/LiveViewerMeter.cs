using System.Text.Json;
using LeadIntel.BrowserWorker.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// A real SignalR viewer of the live hub that joins tasks and measures what reaches it while the window
/// is open: frames per task, their JPEG size, the time from Chrome's capture (the screencast frame's
/// timestamp, same machine clock) to arrival here, and pages read (from <c>progress</c> events).
/// </summary>
public sealed class LiveViewerMeter : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _framesByTask = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tasksSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _processedByJob = new(StringComparer.Ordinal);
    private readonly List<double> _frameBytes = [];
    private readonly List<double> _latencyMs = [];
    private readonly List<double> _toSendMs = [];
    private readonly List<double> _sendToClientMs = [];
    private readonly FrameSendProbe? _probe;
    private readonly TaskCompletionSource _allTasksFramed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expectedTasks;
    private bool _measuring;
    private int _pages;
    private int _leads;

    public LiveViewerMeter(Uri hub, string user, FrameSendProbe? probe = null, TimeProvider? time = null)
    {
        _probe = probe;
        _time = time ?? TimeProvider.System;
        _connection = new HubConnectionBuilder()
            .WithUrl(hub, o => o.Headers[LiveUser.Header] = user)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower)
            .Build();
        _connection.On<LiveFrame>(LiveEvents.Frame, OnFrame);
        _connection.On<LiveProgress>(LiveEvents.Progress, OnProgress);
        _connection.On<JsonElement>(LiveEvents.Lead, _ => OnLead());
    }

    /// <summary>Completes once every joined task has sent a frame (its job has a page on screen).</summary>
    public Task AllTasksFramed => _allTasksFramed.Task;

    public async Task JoinAsync(IReadOnlyList<string> tasks, CancellationToken ct)
    {
        _expectedTasks = tasks.Count;
        await _connection.StartAsync(ct).ConfigureAwait(false);
        foreach (var task in tasks)
        {
            await _connection.InvokeAsync("JoinTask", task, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Starts counting: what arrived before is warm-up.</summary>
    public void Open()
    {
        lock (_gate)
        {
            _measuring = true;
        }
    }

    /// <summary>Stops counting and returns what arrived in the window.</summary>
    public LiveViewerFigures Close()
    {
        lock (_gate)
        {
            _measuring = false;
            return new LiveViewerFigures(
                _framesByTask.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                Distribution.Of(_frameBytes),
                Distribution.Of(_latencyMs),
                Distribution.Of(_toSendMs),
                Distribution.Of(_sendToClientMs),
                _pages,
                _leads);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>The task of a job id (<c>{task}:s{index}</c>, as <see cref="BrowserBenchmark"/> names them).</summary>
    internal static string TaskOf(string job) => job.Split(':')[0];

    /// <summary>Decoded size of base64 text without decoding it.</summary>
    internal static long Base64Bytes(string base64) =>
        base64.Length / 4 * 3L - (base64.EndsWith("==", StringComparison.Ordinal) ? 2 : base64.EndsWith('=') ? 1 : 0);

    private void OnFrame(LiveFrame frame)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var sentAt = _probe?.SentAt(frame.Job, frame.Ts);
        var task = TaskOf(frame.Job);
        lock (_gate)
        {
            if (_tasksSeen.Add(task) && _tasksSeen.Count >= _expectedTasks)
            {
                _allTasksFramed.TrySetResult();
            }

            if (!_measuring)
            {
                return;
            }

            _framesByTask[task] = _framesByTask.GetValueOrDefault(task) + 1;
            _frameBytes.Add(Base64Bytes(frame.Data));
            _latencyMs.Add(now - frame.Ts);
            if (sentAt is { } sent)
            {
                _toSendMs.Add(sent - frame.Ts);
                _sendToClientMs.Add(now - sent);
            }
        }
    }

    private void OnProgress(LiveProgress progress)
    {
        lock (_gate)
        {
            var before = _processedByJob.GetValueOrDefault(progress.Job);
            _processedByJob[progress.Job] = progress.Processed;
            if (_measuring)
            {
                _pages += Math.Max(0, progress.Processed - before);
            }
        }
    }

    private void OnLead()
    {
        lock (_gate)
        {
            if (_measuring)
            {
                _leads++;
            }
        }
    }
}
