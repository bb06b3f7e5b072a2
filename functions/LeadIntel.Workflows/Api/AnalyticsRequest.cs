using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Api;

/// <summary>An analytics query after validation: the caller, the grain, local dates and their time zone.</summary>
public sealed record AnalyticsRequest(string User, AnalyticsPeriod Period, DateRange Range, TimeZoneInfo Zone, string ZoneName);
