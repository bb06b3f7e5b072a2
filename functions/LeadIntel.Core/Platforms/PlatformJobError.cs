namespace LeadIntel.Core.Platforms;

/// <summary>A job that failed, kept as data so one bad page does not sink the run.</summary>
public sealed record PlatformJobError(PlatformJob Job, string Message, bool Retryable);
