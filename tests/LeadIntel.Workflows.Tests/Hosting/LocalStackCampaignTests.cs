using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>Campaigns over HTTP on the real local engine and Azurite, from start to the CSV blob.</summary>
[Collection(StackCollection.Name)]
public class LocalStackCampaignTests(StackFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_website_campaign_completes_with_leads_in_the_csv_blob_and_the_leads_api()
    {
        using var api = fixture.NewClient();
        var sites = fixture.FastSites;
        var unreachable = $"http://127.0.0.1:{Workflows.Hosting.AzuriteProcess.FreePort()}/";
        var body = new JsonObject
        {
            ["queries"] = new JsonArray(sites.Site(1), sites.Site(2), sites.Site(3), unreachable),
            ["platforms"] = new JsonArray("website"),
            ["region"] = "CA",
        };

        var id = await api.StartAsync(body.ToJsonString());
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);

        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
        Assert.Equal(3, campaign["lead_count"]!.GetValue<int>());
        Assert.Equal(4, campaign["progress"]!["found"]!.GetValue<int>());
        Assert.Equal(3, campaign["progress"]!["platforms"]!["website"]!["leads"]!.GetValue<int>());
        var error = Assert.Single(campaign["errors"]!.AsArray());
        Assert.Equal(unreachable, error!["query"]!.GetValue<string>());

        var csv = (await fixture.LeadsContainer.GetBlobClient($"{api.Http.DefaultRequestHeaders.GetValues("X-User-Id").Single()}/{id}/leads.csv").DownloadContentAsync()).Value.Content.ToString();
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        foreach (var n in new[] { 1, 2, 3 })
        {
            Assert.Contains(rows, r => r.Contains(LoopbackSites.PhoneE164(n), StringComparison.Ordinal) && r.Contains($"office{n}@business{n}.ca", StringComparison.Ordinal));
        }

        var leads = await api.LeadsJsonAsync(id);
        Assert.Equal(3, leads.Count);
        var lead = leads.Single(l => l!["url"]!.GetValue<string>() == sites.Site(2))!;
        Assert.Equal("website", lead["platform"]!.GetValue<string>());
        Assert.Equal("business", lead["kind"]!.GetValue<string>());
        var phone = Assert.Single(lead["phones"]!.AsArray())!;
        Assert.Equal(LoopbackSites.PhoneE164(2), phone["e164"]!.GetValue<string>());
        var layers = phone["evidence"]!.AsArray().Select(e => e!["layer"]!.GetValue<string>()).Distinct().ToList();
        Assert.Contains("tel_link", layers);
        Assert.Contains("website_crawl", layers);
        Assert.True(phone["confidence"]!.GetValue<double>() > 0.95, "two layers fuse above either alone");
        Assert.False(lead["found_at"]!.GetValue<DateTimeOffset>() == default);

        var csvApi = await api.Http.GetAsync($"/api/campaigns/{id}/leads?format=csv");
        Assert.Equal("text/csv", csvApi.Content.Headers.ContentType!.MediaType);
        Assert.Equal(csv, await csvApi.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_seed_start_route_starts_a_campaign_and_the_list_shows_only_the_callers()
    {
        using var alice = fixture.NewClient();
        using var bob = fixture.NewClient();
        var body = new JsonObject
        {
            ["queries"] = new JsonArray(fixture.FastSites.Site(7)),
            ["platforms"] = new JsonArray("website"),
            ["max_results"] = 5,
            ["filters"] = new JsonObject { ["location"] = "Toronto" },
        }.ToJsonString();

        using var response = await alice.PostJsonAsync("/api/scraper/start", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = created["id"]!.GetValue<string>();
        Assert.Equal($"/api/campaigns/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("pending", created["status"]!.GetValue<string>());
        Assert.Equal($"/api/campaigns/{id}/leads", created["leads_url"]!.GetValue<string>());

        var mine = JsonNode.Parse(await alice.Http.GetStringAsync("/api/campaigns"))!.AsArray();
        Assert.Equal(id, Assert.Single(mine)!["id"]!.GetValue<string>());
        Assert.Equal("Toronto", mine[0]!["filters"]!["location"]!.GetValue<string>());
        Assert.Empty(JsonNode.Parse(await bob.Http.GetStringAsync("/api/campaigns"))!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.GetAsync($"/api/campaigns/{id}")).StatusCode);
        await alice.WaitForAsync(id, ApiClient.IsTerminal, Deadline);
    }

    [Fact]
    public async Task The_list_shows_each_campaigns_start_time_and_progress_while_it_runs_and_after()
    {
        using var api = fixture.NewClient();
        var body = new JsonObject
        {
            ["queries"] = new JsonArray(Enumerable.Range(700, 8).Select(n => (JsonNode)fixture.SlowSites.Site(n)).ToArray()),
            ["platforms"] = new JsonArray("website"),
        };
        var id = await api.StartAsync(body.ToJsonString());
        await api.WaitForAsync(id, c => ApiClient.Leads(c) >= 1, Deadline);

        var running = Assert.Single(JsonNode.Parse(await api.Http.GetStringAsync("/api/campaigns"))!.AsArray())!.AsObject();
        Assert.True(ApiClient.Leads(running) >= 1, $"the list entry shows live progress: {running.ToJsonString()}");
        Assert.Equal(8, running["progress"]!["searches_total"]!.GetValue<int>());

        var done = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);
        var listed = Assert.Single(JsonNode.Parse(await api.Http.GetStringAsync("/api/campaigns"))!.AsArray())!.AsObject();
        Assert.True(JsonNode.DeepEquals(done["progress"], listed["progress"]), $"list {listed["progress"]} vs campaign {done["progress"]}");
        var created = done["created_at"]!.GetValue<DateTimeOffset>();
        var started = done["started_at"]!.GetValue<DateTimeOffset>();
        Assert.InRange(started, created.AddSeconds(-1), done["completed_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(started, listed["started_at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Health_and_metrics_answer()
    {
        using var api = fixture.NewClient();

        var health = JsonNode.Parse(await api.Http.GetStringAsync("/api/health"))!;
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal("ok", health["engine"]!.GetValue<string>());

        var metrics = JsonNode.Parse(await api.Http.GetStringAsync("/api/metrics"))!;
        Assert.NotNull(metrics["campaigns"]!["completed"]);
        Assert.Contains("inproc-workitems", metrics["queues"]!.AsObject().Select(q => q.Key));
        Assert.True(metrics["completed_duration_seconds"]!["count"]!.GetValue<int>() >= 0);
    }
}
