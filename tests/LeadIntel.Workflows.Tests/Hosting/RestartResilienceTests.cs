using System.Text.Json.Nodes;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>
/// Kills <c>leadintel up</c> (SIGKILL) in the middle of a campaign, starts it again on the same storage,
/// and checks that the campaign completes with every lead exactly once.
/// </summary>
[Collection(StackCollection.Name)]
public class RestartResilienceTests(StackFixture fixture)
{
    private const int Sites = 30;

    [Fact]
    public async Task A_campaign_survives_a_killed_host_with_no_lost_and_no_duplicated_leads()
    {
        var port = Workflows.Hosting.AzuriteProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["LEADINTEL_STORAGE"] = fixture.StorageConnectionString,
            ["LeadIntel__Engine__TaskHubName"] = "restart",
            // Recovery waits for the killed host's messages to become visible again: shorter than the default, but
            // not so short that a message of a slow episode on a loaded machine reappears before it is deleted.
            ["LeadIntel__Engine__VisibilityTimeout"] = "00:00:20",
            ["LeadIntel__Activities__BatchBudget"] = "00:00:03",
            ["LeadIntel__Campaigns__BatchSize"] = "2",
            ["LeadIntel__Campaigns__MaxParallelBatches"] = "2",
            // Other tests leave old seeded campaigns in this Azurite: this host must not archive them.
            ["LeadIntel__Archive__Enabled"] = "false",
        };
        var queries = new JsonArray(Enumerable.Range(500, Sites).Select(n => (JsonNode)fixture.SlowSites.Site(n)).ToArray());
        var user = "restart" + Guid.NewGuid().ToString("N")[..8];

        string id;
        await using (var first = await UpProcess.StartAsync(port, environment, TimeSpan.FromSeconds(60)))
        {
            using var api = new ApiClient(first.Address, user);
            id = await api.StartAsync(new JsonObject { ["queries"] = queries, ["platforms"] = new JsonArray("website") }.ToJsonString());
            var before = await api.WaitForAsync(id, c => ApiClient.Leads(c) >= 6, TimeSpan.FromSeconds(90));
            await first.KillAsync();
            Assert.True(ApiClient.Leads(before) < Sites, "the host was killed before the campaign had every lead");
        }

        await using var second = await UpProcess.StartAsync(port, environment, TimeSpan.FromSeconds(60));
        using var again = new ApiClient(second.Address, user);
        var done = await again.WaitForAsync(id, ApiClient.IsTerminal, TimeSpan.FromSeconds(240));

        Assert.Equal("completed", done["status"]!.GetValue<string>());
        Assert.Equal(Sites, done["lead_count"]!.GetValue<int>());
        Assert.Equal(0, done["duplicates"]!.GetValue<int>());

        // The part files are the raw record: each site's lead written once, even where an activity ran twice.
        var parts = new List<string>();
        await foreach (var blob in fixture.LeadsContainer.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{user}/{id}/parts/" }))
        {
            var content = (await fixture.LeadsContainer.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content;
            parts.AddRange(System.Text.Json.JsonSerializer.Deserialize(content.ToMemory().Span, LeadIntelJson.Default.IReadOnlyListLead)!.Select(l => l.Url));
        }

        Assert.Equal(Sites, parts.Count);
        Assert.Equal(Enumerable.Range(500, Sites).Select(fixture.SlowSites.Site).Order(), parts.Order());
        var leads = await again.LeadsJsonAsync(id);
        Assert.Equal(Sites, leads.Select(l => l!["phones"]![0]!["e164"]!.GetValue<string>()).Distinct().Count());
    }
}
