using DurableTask.Core;
using DurableTask.Core.History;
using LeadIntel.Workflows.Engine;

namespace LeadIntel.Workflows.Tests.Engine;

public class HistoryNormalizingServiceTests
{
    private static TaskMessage Start(string id) =>
        new() { Event = new ExecutionStartedEvent(-1, "{}") { Name = "Search" }, OrchestrationInstance = new OrchestrationInstance { InstanceId = id, ExecutionId = "e1" } };

    private static TaskMessage Completed(string id) =>
        new() { Event = new TaskCompletedEvent(-1, 0, "{}"), OrchestrationInstance = new OrchestrationInstance { InstanceId = id, ExecutionId = "e1" } };

    [Fact]
    public void A_second_start_in_one_batch_is_dropped()
    {
        var kept = HistoryNormalizingService.DropDuplicateStarts(new OrchestrationRuntimeState(), [Start("s1"), Start("s1"), Completed("s1")]);
        Assert.Equal(2, kept.Count);
        Assert.IsType<ExecutionStartedEvent>(kept[0].Event);
        Assert.IsType<TaskCompletedEvent>(kept[1].Event);
    }

    [Fact]
    public void A_start_for_an_instance_already_started_is_dropped()
    {
        var state = new OrchestrationRuntimeState([new OrchestratorStartedEvent(-1), new ExecutionStartedEvent(-1, "{}") { Name = "Search", OrchestrationInstance = new OrchestrationInstance { InstanceId = "s1", ExecutionId = "e1" } }]);
        var kept = HistoryNormalizingService.DropDuplicateStarts(state, [Start("s1"), Completed("s1")]);
        var only = Assert.Single(kept);
        Assert.IsType<TaskCompletedEvent>(only.Event);
    }

    [Fact]
    public void A_first_start_passes_untouched()
    {
        IList<TaskMessage> messages = [Start("s1")];
        Assert.Same(messages, HistoryNormalizingService.DropDuplicateStarts(new OrchestrationRuntimeState(), messages));
    }
}
