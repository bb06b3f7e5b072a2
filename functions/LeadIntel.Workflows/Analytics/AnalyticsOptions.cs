namespace LeadIntel.Workflows.Analytics;

/// <summary>Analytics storage and query limits. Bound from <c>LeadIntel:Analytics</c>.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "LeadIntel:Analytics";

    public string Table { get; set; } = "analytics";

    /// <summary>Longest <c>from</c>..<c>to</c> range a query may span, in days.</summary>
    public int MaxSpanDays { get; set; } = 366;

    /// <summary>Partitions updated at the same time when a campaign's figures are recorded.</summary>
    public int WriteConcurrency { get; set; } = 4;

    /// <summary>Tries of one optimistic (ETag) update before giving up to the activity's retry policy.</summary>
    public int MaxWriteAttempts { get; set; } = 30;
}
