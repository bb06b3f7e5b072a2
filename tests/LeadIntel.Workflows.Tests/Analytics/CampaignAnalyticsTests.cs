using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Analytics;

/// <summary>A campaign run on the local engine adds its merged leads to the analytics, once.</summary>
[Collection(StackCollection.Name)]
public class CampaignAnalyticsTests(StackFixture fixture)
{
    [Fact]
    public async Task A_completed_campaign_shows_in_the_summary_exactly_as_its_leads()
    {
        using var api = fixture.NewClient();
        var sites = fixture.FastSites;
        var body = new JsonObject { ["queries"] = new JsonArray(sites.Site(21), sites.Site(22), sites.Site(23)), ["platforms"] = new JsonArray("website"), ["region"] = "CA" };

        var id = await api.StartAsync(body.ToJsonString());
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, TimeSpan.FromSeconds(90));
        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
        Assert.DoesNotContain(campaign["errors"]!.AsArray(), e => e!["platform"]!.GetValue<string>() == "analytics");

        var leads = JsonSerializer.Deserialize(await api.Http.GetStringAsync($"/api/campaigns/{id}/leads?format=json"), LeadIntelJson.Default.IReadOnlyListLead)!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var summary = JsonNode.Parse(await api.Http.GetStringAsync($"/api/analytics/summary?{range}"));

        Assert.Equal(3, leads.Count);
        Recount.Of(leads.Select(l => (id, l))).AssertMatches(summary, "campaign summary");
        var layers = JsonNode.Parse(await api.Http.GetStringAsync($"/api/analytics/layers?{range}"))!["items"]!.AsArray();
        Assert.Equal(3, layers.Single(l => l!["key"]!.GetValue<string>() == "tel_link")!["phones"]!.GetValue<long>());
    }
}
