using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>An HTTP client of the LeadIntel API for one user, with the polling the tests need.</summary>
public sealed class ApiClient(Uri baseAddress, string user) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, DefaultRequestHeaders = { { "X-User-Id", user } } };

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        _http.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Starts a campaign and returns its id.</summary>
    public async Task<string> StartAsync(string json)
    {
        using var response = await PostJsonAsync("/api/campaigns", json);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["id"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetCampaignAsync(string id) =>
        (await _http.GetFromJsonAsync<JsonObject>($"/api/campaigns/{id}"))!;

    /// <summary>The campaign, or null while the API answers 503 (its engine reconnecting); any other error fails.</summary>
    private async Task<JsonObject?> TryGetCampaignAsync(string id)
    {
        using var response = await _http.GetAsync($"/api/campaigns/{id}");
        if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
        {
            return null;
        }

        Assert.True(response.IsSuccessStatusCode, $"GET campaign {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonObject>();
    }

    /// <summary>Polls the campaign (the engine has no push to wait on) until <paramref name="done"/> holds or the deadline passes.</summary>
    public async Task<JsonObject> WaitForAsync(string id, Func<JsonObject, bool> done, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        JsonObject? campaign = null;
        do
        {
            campaign = await TryGetCampaignAsync(id) ?? campaign;
            if (campaign is not null && done(campaign))
            {
                return campaign;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"campaign {id} did not reach the expected state within {deadline}: {campaign?.ToJsonString()}");
        return campaign!;
    }

    public static bool IsTerminal(JsonObject campaign) => campaign["status"]!.GetValue<string>() is "completed" or "failed" or "stopped";

    public static int Leads(JsonObject campaign) => campaign["progress"]?["leads"]?.GetValue<int>() ?? 0;

    public async Task<JsonArray> LeadsJsonAsync(string id) =>
        JsonNode.Parse(await _http.GetStringAsync($"/api/campaigns/{id}/leads?format=json"))!.AsArray();

    public void Dispose() => _http.Dispose();

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
