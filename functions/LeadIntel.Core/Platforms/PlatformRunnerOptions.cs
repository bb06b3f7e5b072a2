namespace LeadIntel.Core.Platforms;

/// <summary>Tunables of <see cref="PlatformJobRunner"/>.</summary>
public sealed class PlatformRunnerOptions
{
    /// <summary>Jobs in flight at once (pages fetched concurrently from one platform).</summary>
    public int MaxConcurrency { get; set; } = 4;
}
