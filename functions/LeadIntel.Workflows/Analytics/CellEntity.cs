using Azure.Data.Tables;
using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Analytics;

/// <summary>An aggregate cell as a Table storage entity and back.</summary>
public static class CellEntity
{
    public static TableEntity From(string partition, string row, string value, DateTime start, CellMeasures m) => new(partition, row)
    {
        ["Value"] = value,
        ["Start"] = DateTime.SpecifyKind(start, DateTimeKind.Utc),
        ["Leads"] = m.Leads,
        ["LeadsWithPhone"] = m.LeadsWithPhone,
        ["LeadsWithEmail"] = m.LeadsWithEmail,
        ["Phones"] = m.Phones,
        ["ConfidenceMicros"] = m.ConfidenceMicros,
        ["DistinctPhones"] = m.DistinctPhones.ToBytes(),
        ["VerifiedPhones"] = m.VerifiedPhones.ToBytes(),
        ["Campaigns"] = m.Campaigns.ToBytes(),
    };

    public static CellMeasures Measures(TableEntity e) => new()
    {
        Leads = e.GetInt64("Leads") ?? 0,
        LeadsWithPhone = e.GetInt64("LeadsWithPhone") ?? 0,
        LeadsWithEmail = e.GetInt64("LeadsWithEmail") ?? 0,
        Phones = e.GetInt64("Phones") ?? 0,
        ConfidenceMicros = e.GetInt64("ConfidenceMicros") ?? 0,
        DistinctPhones = DistinctSketch.FromBytes(e.GetBinary("DistinctPhones")),
        VerifiedPhones = DistinctSketch.FromBytes(e.GetBinary("VerifiedPhones")),
        Campaigns = DistinctSketch.FromBytes(e.GetBinary("Campaigns")),
    };

    public static string Value(TableEntity e) => e.GetString("Value") ?? "";

    public static DateTime Start(TableEntity e) => (e.GetDateTimeOffset("Start") ?? DateTimeOffset.MinValue).UtcDateTime;
}
