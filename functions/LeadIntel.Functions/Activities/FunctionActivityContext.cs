using Microsoft.DurableTask;

namespace LeadIntel.Functions.Activities;

/// <summary>The activity context a Workflows activity expects, built from a Functions invocation.</summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name => name;

    public override string InstanceId => instanceId;
}
