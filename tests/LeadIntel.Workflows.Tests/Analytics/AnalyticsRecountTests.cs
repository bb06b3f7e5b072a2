using System.Text.Json.Nodes;
using LeadIntel.Cli.Bench;
using LeadIntel.Core.Analytics;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Analytics;

/// <summary>
/// Aggregates on Azurite against a brute-force recount of the same leads, after recordings that were
/// replayed, raced each other and were cut off half-way, read in UTC and in other time zones.
/// </summary>
[Collection(StackCollection.Name)]
public class AnalyticsRecountTests(StackFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 28, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["UTC", "America/Toronto", "Asia/Kolkata"];

    [Fact]
    public async Task Aggregates_equal_a_recount_after_replayed_racing_and_interrupted_recordings()
    {
        var user = "an" + Guid.NewGuid().ToString("N")[..8];
        var rows = await RecordCampaignsAsync(user);
        using var api = fixture.NewClient(user);

        foreach (var (from, to) in new[] { ("2026-01-28", "2026-03-03"), ("2026-02-01", "2026-02-28"), ("2026-01-31", "2026-02-01"), ("2026-02-02", "2026-02-08") })
        {
            foreach (var tz in Zones)
            {
                var summary = await GetAsync(api, $"summary?from={from}&to={to}&tz={tz}");
                Recount.Of(InRange(rows, from, to, tz)).AssertMatches(summary, $"summary {from}..{to} {tz}");
            }
        }
    }

    [Fact]
    public async Task Timelines_breakdowns_and_comparisons_equal_a_recount()
    {
        var user = "an" + Guid.NewGuid().ToString("N")[..8];
        var rows = await RecordCampaignsAsync(user);
        using var api = fixture.NewClient(user);

        foreach (var tz in Zones)
        {
            foreach (var period in new[] { "daily", "weekly", "monthly" })
            {
                var timeline = (await GetAsync(api, $"timeline?period={period}&from=2026-01-29&to=2026-03-02&tz={tz}"))["timeline"]!.AsArray();
                Assert.Equal(period switch { "daily" => 33, "weekly" => 6, _ => 3 }, timeline.Count);
                foreach (var point in timeline)
                {
                    var (from, to) = (point!["from"]!.GetValue<string>(), point["to"]!.GetValue<string>());
                    Recount.Of(InRange(rows, from, to, tz)).AssertMatches(point, $"{period} {tz} bucket {point["bucket"]}");
                }
            }
        }

        var platforms = (await GetAsync(api, "platforms?from=2026-01-28&to=2026-03-03"))["items"]!.AsArray();
        var all = InRange(rows, "2026-01-28", "2026-03-03", "UTC").ToList();
        Assert.Equal(all.Select(r => r.Lead.Platform).Distinct().Order(), platforms.Select(p => p!["key"]!.GetValue<string>()).Order());
        foreach (var item in platforms)
        {
            var key = item!["key"]!.GetValue<string>();
            Recount.Of(all.Where(r => r.Lead.Platform == key)).AssertMatches(item, $"platform {key}");
        }

        var layers = (await GetAsync(api, "layers?from=2026-02-01&to=2026-02-28&tz=Asia/Kolkata"))["items"]!.AsArray();
        var february = InRange(rows, "2026-02-01", "2026-02-28", "Asia/Kolkata").ToList();
        foreach (var item in layers)
        {
            var layer = item!["key"]!.GetValue<string>();
            IReadOnlyList<Phone> Seen(Lead l) => l.Phones.Where(p => p.Evidence.Any(e => e.Layer == layer)).ToList();
            var withLayer = february.Where(r => Seen(r.Lead).Count > 0 || r.Lead.Emails.Any(e => e.Evidence.Any(v => v.Layer == layer)));
            Recount.Of(withLayer, Seen).AssertMatches(item, $"layer {layer}");
        }

        var categories = (await GetAsync(api, "categories?from=2026-01-28&to=2026-03-03"))["items"]!.AsArray();
        Assert.Equal(all.Count, categories.Sum(c => c!["leads"]!.GetValue<long>()));
        Assert.Equal(all.Count(r => r.Lead.Category is null), categories.Single(c => c!["key"]!.GetValue<string>() == "uncategorised")!["leads"]!.GetValue<long>());

        // Wednesday 4 February: this week is Monday 2nd..4th, the previous one Monday 26 January..Sunday 1 February.
        var compare = await GetAsync(api, "compare?period=weekly&to=2026-02-04");
        var current = Recount.Of(InRange(rows, "2026-02-02", "2026-02-04", "UTC"));
        var previous = Recount.Of(InRange(rows, "2026-01-26", "2026-02-01", "UTC"));
        current.AssertMatches(compare["current"], "compare current");
        previous.AssertMatches(compare["previous"], "compare previous");
        Assert.Equal("2026-01-26", compare["previous"]!["from"]!.GetValue<string>());
        var leads = compare["deltas"]!["leads"]!;
        Assert.Equal(current.Leads - previous.Leads, leads["delta"]!.GetValue<double>());
        Assert.Equal(Math.Round((current.Leads - previous.Leads) * 100.0 / previous.Leads, 1), leads["percent"]!.GetValue<double>());
    }

    /// <summary>
    /// Four campaigns over five weeks across two month ends, recorded the ways an at-least-once activity can
    /// run: twice in a row, three times at once alongside another campaign, and cut off after some partitions.
    /// </summary>
    private async Task<IReadOnlyList<(string Campaign, Lead Lead)>> RecordCampaignsAsync(string user)
    {
        var table = fixture.Stack.Services.GetRequiredService<AnalyticsTable>();
        var generator = new SyntheticLeads(7) { PhonePool = 300 };
        var campaigns = Enumerable.Range(0, 4).Select(i => $"cmp-{user}-{i}").ToList();
        var leads = campaigns.ToDictionary(c => c, c => generator.Generate(c, 150, Start, TimeSpan.FromDays(35)).ToList());
        var cells = campaigns.ToDictionary(c => c, c => ContributionBuilder.From(c, leads[c]).Cells);

        await table.ApplyAsync(user, campaigns[0], cells[campaigns[0]], CancellationToken.None);
        var replay = await table.ApplyAsync(user, campaigns[0], cells[campaigns[0]], CancellationToken.None);
        Assert.Equal(0, replay.Applied);

        var racing = await Task.WhenAll(
            table.ApplyAsync(user, campaigns[1], cells[campaigns[1]], CancellationToken.None),
            table.ApplyAsync(user, campaigns[1], cells[campaigns[1]], CancellationToken.None),
            table.ApplyAsync(user, campaigns[1], cells[campaigns[1]], CancellationToken.None),
            table.ApplyAsync(user, campaigns[2], cells[campaigns[2]], CancellationToken.None));
        // Each racing run applies or finds applied every chunk; together they applied each chunk once.
        Assert.Equal(racing[0].Applied + racing[0].AlreadyApplied, racing.Take(3).Sum(r => r.Applied));

        var partitions = cells[campaigns[3]].Keys.Select(k => AnalyticsKeys.PartitionOf(user, k)).Distinct().Order(StringComparer.Ordinal).ToList();
        var firstHalf = partitions.Where((_, i) => i % 2 == 0).ToHashSet(StringComparer.Ordinal);
        var cutOff = cells[campaigns[3]].Where(c => firstHalf.Contains(AnalyticsKeys.PartitionOf(user, c.Key))).ToDictionary();
        await table.ApplyAsync(user, campaigns[3], cutOff, CancellationToken.None);
        var retry = await table.ApplyAsync(user, campaigns[3], cells[campaigns[3]], CancellationToken.None);
        Assert.True(retry.AlreadyApplied >= firstHalf.Count, "the retry skips what the cut-off run wrote");
        Assert.True(retry.Applied > 0, "and writes the rest");

        return campaigns.SelectMany(c => leads[c].Select(l => (c, l))).ToList();
    }

    private static IEnumerable<(string Campaign, Lead Lead)> InRange(IEnumerable<(string Campaign, Lead Lead)> rows, string from, string to, string tz)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tz);
        var range = new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        return rows.Where(r => range.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.Lead.FoundAt, zone).DateTime)));
    }

    private static async Task<JsonNode> GetAsync(ApiClient api, string route)
    {
        using var response = await api.Http.GetAsync($"/api/analytics/{route}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
