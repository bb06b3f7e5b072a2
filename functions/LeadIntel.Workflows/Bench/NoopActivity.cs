using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Bench;

/// <summary>An activity that does nothing: what it costs is the engine's own per-activity overhead.</summary>
public sealed class NoopActivity : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}
