namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>Test classes that share one <see cref="StackFixture"/>; they run one after another, leaving the CPU to the engine.</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
