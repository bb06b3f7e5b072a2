namespace LeadIntel.Core.Analytics;

/// <summary>A measure in this period and the previous one.</summary>
/// <param name="Percent">Change relative to the previous value in percent (one decimal), null when that was 0.</param>
public sealed record MetricDelta(double Current, double Previous, double Delta, double? Percent)
{
    public static MetricDelta Of(double current, double previous) =>
        new(current, previous, current - previous, previous == 0 ? null : Math.Round((current - previous) / previous * 100, 1));

    /// <summary>Each measure of <paramref name="current"/> against <paramref name="previous"/>, keyed by its API name.</summary>
    public static IReadOnlyDictionary<string, MetricDelta> Compare(AnalyticsFigures current, AnalyticsFigures previous) => new Dictionary<string, MetricDelta>(StringComparer.Ordinal)
    {
        ["leads"] = Of(current.Leads, previous.Leads),
        ["leads_with_phone"] = Of(current.LeadsWithPhone, previous.LeadsWithPhone),
        ["leads_with_email"] = Of(current.LeadsWithEmail, previous.LeadsWithEmail),
        ["phones"] = Of(current.Phones, previous.Phones),
        ["distinct_phones"] = Of(current.DistinctPhones, previous.DistinctPhones),
        ["verified_phones"] = Of(current.VerifiedPhones, previous.VerifiedPhones),
        ["campaigns"] = Of(current.Campaigns, previous.Campaigns),
    };
}
