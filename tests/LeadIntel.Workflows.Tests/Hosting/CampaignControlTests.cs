using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>Pause, resume and stop of running campaigns, and the state changes that are refused.</summary>
[Collection(StackCollection.Name)]
public class CampaignControlTests(StackFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private string SlowCampaign(int sites) => new JsonObject
    {
        ["queries"] = new JsonArray(Enumerable.Range(sites * 100, sites).Select(n => (JsonNode)fixture.SlowSites.Site(n)).ToArray()),
        ["platforms"] = new JsonArray("website"),
    }.ToJsonString();

    private static string Status(JsonObject campaign) => campaign["status"]!.GetValue<string>();

    [Fact]
    public async Task Pause_holds_a_campaign_and_resume_lets_it_finish_with_every_lead()
    {
        using var api = fixture.NewClient();
        var id = await api.StartAsync(SlowCampaign(20));
        await api.WaitForAsync(id, c => ApiClient.Leads(c) >= 1, Deadline);

        using (var pause = await api.Http.PostAsync($"/api/campaigns/{id}/pause", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, pause.StatusCode);
        }

        var paused = await api.WaitForAsync(id, c => Status(c) == "paused", Deadline);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsync($"/api/campaigns/{id}/pause", null)).StatusCode);

        using (var resume = await api.Http.PostAsync($"/api/campaigns/{id}/resume", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        }

        var done = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);
        Assert.Equal("completed", Status(done));
        Assert.Equal(20, done["lead_count"]!.GetValue<int>());
        Assert.True(ApiClient.Leads(paused) < 20, "the campaign was paused before it had every lead");
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsync($"/api/campaigns/{id}/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsync($"/api/campaigns/{id}/pause", null)).StatusCode);
    }

    [Fact]
    public async Task Stop_ends_a_campaign_keeps_the_leads_found_and_refuses_further_changes()
    {
        using var api = fixture.NewClient();
        var id = await api.StartAsync(SlowCampaign(24));
        await api.WaitForAsync(id, c => ApiClient.Leads(c) >= 2, Deadline);

        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsync($"/api/campaigns/{id}/resume", null)).StatusCode);
        using (var stop = await api.Http.PostAsync($"/api/campaigns/{id}/stop", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        }

        var stopped = await api.WaitForAsync(id, c => Status(c) == "stopped", Deadline);
        Assert.NotNull(stopped["completed_at"]);
        var leads = await api.LeadsJsonAsync(id);
        Assert.InRange(leads.Count, 2, 23);
        Assert.Equal(leads.Count, leads.Select(l => l!["url"]!.GetValue<string>()).Distinct().Count());

        foreach (var action in new[] { "stop", "pause", "resume" })
        {
            using var refused = await api.Http.PostAsync($"/api/campaigns/{id}/{action}", null);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync(), documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })!;
            Assert.Equal(409, problem["status"]!.GetValue<int>());
            Assert.Equal("stopped", problem["campaign_status"]!.GetValue<string>());
        }
    }
}
