using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Bench;

/// <summary>Input of <see cref="EngineOverheadOrchestrator"/>: how many no-op activities, and whether one after another or all at once.</summary>
public sealed record EngineOverheadRequest(int Activities, bool Sequential);

/// <summary>Measures the engine: schedules <see cref="NoopActivity"/> calls in a chain or as one fan-out.</summary>
public sealed class EngineOverheadOrchestrator : TaskOrchestrator<EngineOverheadRequest, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, EngineOverheadRequest input)
    {
        if (input.Sequential)
        {
            var sum = 0;
            for (var i = 0; i < input.Activities; i++)
            {
                sum += await context.CallActivityAsync<int>(nameof(NoopActivity), i);
            }

            return sum;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, input.Activities).Select(i => context.CallActivityAsync<int>(nameof(NoopActivity), i)));
        return results.Sum();
    }
}
