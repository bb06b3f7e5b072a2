using System.Text.Json.Nodes;
using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>
/// Analytics figures counted the slow, obvious way from the leads themselves, to hold the aggregates
/// against; and the assertion that an API answer matches them.
/// </summary>
public sealed record Recount(long Leads, long LeadsWithPhone, long LeadsWithEmail, long Phones, long DistinctPhones, long VerifiedPhones, long Campaigns, double? AvgConfidence)
{
    public static Recount Of(IEnumerable<(string Campaign, Lead Lead)> rows, Func<Lead, IReadOnlyList<Phone>>? phonesOf = null)
    {
        phonesOf ??= l => l.Phones;
        var list = rows.ToList();
        var phones = list.SelectMany(r => phonesOf(r.Lead)).ToList();
        return new Recount(
            list.Count,
            list.Count(r => phonesOf(r.Lead).Count > 0),
            list.Count(r => r.Lead.Emails.Count > 0),
            phones.Count,
            phones.Select(p => p.E164).Distinct().Count(),
            phones.Where(p => p.Confidence >= 0.9).Select(p => p.E164).Distinct().Count(),
            list.Select(r => r.Campaign).Distinct().Count(),
            phones.Count == 0 ? null : phones.Average(p => p.Confidence));
    }

    public void AssertMatches(JsonNode? actual, string what)
    {
        Assert.True(actual is not null, $"{what}: no figures");
        Assert.Equal((what, Leads), (what, actual["leads"]!.GetValue<long>()));
        Assert.Equal((what, LeadsWithPhone), (what, actual["leads_with_phone"]!.GetValue<long>()));
        Assert.Equal((what, LeadsWithEmail), (what, actual["leads_with_email"]!.GetValue<long>()));
        Assert.Equal((what, Phones), (what, actual["phones"]!.GetValue<long>()));
        Assert.Equal((what, DistinctPhones), (what, actual["distinct_phones"]!.GetValue<long>()));
        Assert.Equal((what, VerifiedPhones), (what, actual["verified_phones"]!.GetValue<long>()));
        Assert.Equal((what, Campaigns), (what, actual["campaigns"]!.GetValue<long>()));
        var average = actual["avg_confidence"]?.GetValue<double>();
        Assert.Equal(AvgConfidence is null, average is null);
        if (AvgConfidence is { } expected)
        {
            Assert.True(Math.Abs(expected - average!.Value) < 1e-4, $"{what}: avg_confidence {average} vs {expected}");
        }
    }
}
