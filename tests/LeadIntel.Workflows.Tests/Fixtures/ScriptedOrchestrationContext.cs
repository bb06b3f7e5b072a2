using Microsoft.DurableTask;
using Microsoft.DurableTask.Entities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>
/// An orchestration context whose activities and sub-orchestrations answer from scripts, for unit tests of
/// orchestrators: it records every call and every custom status.
/// </summary>
public sealed class ScriptedOrchestrationContext(string instanceId) : TaskOrchestrationContext
{
    private readonly Dictionary<string, Func<object?, object>> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object?, object>> _orchestrators = new(StringComparer.Ordinal);

    public List<(string Name, object? Input)> Calls { get; } = [];

    public List<(string Name, object? Input, string? InstanceId)> SubOrchestrations { get; } = [];

    public List<object?> Statuses { get; } = [];

    /// <summary>Durable timers asked for, by fire time.</summary>
    public List<DateTime> Timers { get; } = [];

    /// <summary>The input of the generation after this one, when the orchestrator continued as new.</summary>
    public object? ContinuedWith { get; private set; }

    public bool Continued { get; private set; }

    /// <summary>Highest number of sub-orchestrations or activities in flight at once.</summary>
    public int MaxInFlight { get; private set; }

    private int _inFlight;

    public override TaskName Name => "scripted";

    public override string InstanceId => instanceId;

    public override ParentOrchestrationInstance? Parent => null;

    public override DateTime CurrentUtcDateTime => new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public override bool IsReplaying => false;

    public override TaskOrchestrationEntityFeature Entities => throw new NotSupportedException();

    protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

    /// <summary>Answers activity <paramref name="name"/>; a script may throw <see cref="TaskFailedException"/>.</summary>
    public ScriptedOrchestrationContext OnActivity<TIn, TOut>(string name, Func<TIn, TOut> script)
    {
        _activities[name] = input => script((TIn)input!)!;
        return this;
    }

    public ScriptedOrchestrationContext OnSubOrchestrator<TIn, TOut>(string name, Func<TIn, TOut> script)
    {
        _orchestrators[name] = input => script((TIn)input!)!;
        return this;
    }

    public static TaskFailedException Failure(string name, string message) =>
        new(name, 1, new TaskFailureDetails("Error", message, null, null, null));

    public override T? GetInput<T>() where T : default => default;

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        Calls.Add((name.Name, input));
        return Answer<TResult>(_activities, name.Name, input);
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        SubOrchestrations.Add((orchestratorName.Name, input, (options as SubOrchestrationOptions)?.InstanceId));
        return Answer<TResult>(_orchestrators, orchestratorName.Name, input);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        Timers.Add(fireAt);
        return Task.CompletedTask;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        Task.FromCanceled<T>(new CancellationToken(canceled: true));

    public override void SendEvent(string instanceId, string eventName, object payload) => throw new NotSupportedException();

    public override void SetCustomStatus(object? customStatus) => Statuses.Add(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        Continued = true;
        ContinuedWith = newInput;
    }

    public override Guid NewGuid() => Guid.Empty;

    /// <summary>
    /// Runs the script after a yield, so several calls are in flight together the way the real engine
    /// schedules them, and counts how many were.
    /// </summary>
    private async Task<TResult> Answer<TResult>(Dictionary<string, Func<object?, object>> scripts, string name, object? input)
    {
        if (!scripts.TryGetValue(name, out var script))
        {
            throw new InvalidOperationException($"no script for '{name}'");
        }

        var now = Interlocked.Increment(ref _inFlight);
        lock (_activities)
        {
            MaxInFlight = Math.Max(MaxInFlight, now);
        }

        try
        {
            await Task.Yield();
            return (TResult)script(input);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
