using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Analytics;

/// <summary>One stored aggregate cell as a query returns it.</summary>
public sealed record AnalyticsRow(DateTime Start, string Value, CellMeasures Measures);
