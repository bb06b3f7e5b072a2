namespace LeadIntel.Core.Analytics;

/// <summary>The calendar grain a caller groups figures by.</summary>
public enum AnalyticsPeriod
{
    Daily,
    /// <summary>ISO 8601 weeks, Monday to Sunday.</summary>
    Weekly,
    Monthly,
}
