namespace LeadIntel.Core.Analytics;

/// <summary>
/// The grains aggregates are kept at. Days, ISO weeks and months are UTC calendar buckets; quarter hours
/// let a caller's time zone cut days anywhere (every zone in use is offset by whole quarter hours).
/// </summary>
public enum TimeGrain
{
    QuarterHour,
    Day,
    Week,
    Month,
}
