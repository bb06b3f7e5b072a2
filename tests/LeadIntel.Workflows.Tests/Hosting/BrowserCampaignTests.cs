using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.Workflows.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>
/// Browser campaigns on the real stack as <c>leadintel up --demo</c> runs them: the API, the orchestration,
/// the <c>browser-jobs</c> queue on Azurite, the in-process browser worker in Chromium on the platform
/// replicas, the results queue back to the orchestration, and the live hub.
/// </summary>
[Collection(StackCollection.Name)]
public class BrowserCampaignTests(StackFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private static string Body(string platform, string query, int max) => new JsonObject
    {
        ["queries"] = new JsonArray(query),
        ["platforms"] = new JsonArray(platform),
        ["max_results"] = max,
        ["region"] = "CA",
    }.ToJsonString();

    private static async Task<List<JsonNode?>> OcrPhonesAsync(ApiClient api, string id) =>
        (await api.LeadsJsonAsync(id)).SelectMany(l => l!["phones"]!.AsArray())
            .Where(p => p!["evidence"]!.AsArray().Any(e => e!["layer"]!.GetValue<string>() == "ocr")).ToList();

    private HubConnection Viewer(string user) => new HubConnectionBuilder()
        .WithUrl(new Uri(fixture.Stack.Address, "hubs/live"), o => o.Headers[LiveUser.Header] = user)
        .AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower)
        .Build();

    [Fact]
    public async Task A_google_maps_campaign_on_the_replica_completes_with_full_listings()
    {
        Assert.True(fixture.Browser.Enabled, fixture.Browser.Status);
        using var api = fixture.NewClient();

        var id = await api.StartAsync(Body("google_maps", "dentists in Toronto", 4));
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);

        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
        Assert.Empty(campaign["errors"]!.AsArray());
        Assert.Equal(4, campaign["lead_count"]!.GetValue<int>());
        Assert.Equal(4, campaign["progress"]!["platforms"]!["google_maps"]!["leads"]!.GetValue<int>());
        var leads = await api.LeadsJsonAsync(id);
        Assert.Equal(4, leads.Count);
        Assert.All(leads, node =>
        {
            var lead = node!.AsObject();
            Assert.Equal("google_maps", lead["platform"]!.GetValue<string>());
            Assert.Equal("dentists in Toronto", lead["query"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(lead["name"]!.GetValue<string>()));
            Assert.Equal("Dentist", lead["category"]!.GetValue<string>());
            Assert.Contains("Toronto, ON", lead["address"]!.GetValue<string>());
            Assert.InRange(lead["latitude"]!.GetValue<double>(), 43.4, 43.9);
            Assert.InRange(lead["longitude"]!.GetValue<double>(), -79.7, -79.0);
            Assert.InRange(lead["rating"]!.GetValue<double>(), 1, 5);
            Assert.True(lead["reviews_count"]!.GetValue<int>() > 0);
            Assert.StartsWith("Monday, ", lead["hours"]!.GetValue<string>());
            Assert.EndsWith(".example/", lead["website"]!.GetValue<string>());
            // Place pages of the replica this stack serves.
            Assert.StartsWith(new Uri(fixture.Stack.Address, "replicas/google/maps/place/").ToString(), lead["url"]!.GetValue<string>());
        });
        var phones = leads.SelectMany(l => l!["phones"]!.AsArray()).Select(p => p!["e164"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, e164 => Assert.Matches(@"^\+1\d{3}55501\d\d$", e164));
    }

    [Fact]
    public async Task The_ocr_option_reaches_the_worker_phones_drawn_as_images_are_read_only_when_asked()
    {
        using var api = fixture.NewClient();
        // The replica's coffee shops show their number on their place page only on a photo of their sign.
        string Coffee(bool ocr) => new JsonObject
        {
            ["queries"] = new JsonArray("coffee shops in Toronto"),
            ["platforms"] = new JsonArray("google_maps"),
            ["max_results"] = 2,
            ["region"] = "CA",
            ["options"] = new JsonObject { ["ocr"] = ocr },
        }.ToJsonString();

        var withOcr = await api.StartAsync(Coffee(true));
        var without = await api.StartAsync(Coffee(false));
        var read = await api.WaitForAsync(withOcr, ApiClient.IsTerminal, Deadline);
        var unread = await api.WaitForAsync(without, ApiClient.IsTerminal, Deadline);

        Assert.Equal("completed", read["status"]!.GetValue<string>());
        Assert.True(read["options"]!["ocr"]!.GetValue<bool>());
        Assert.Equal("completed", unread["status"]!.GetValue<string>());
        Assert.False(unread["options"]!["ocr"]!.GetValue<bool>());
        Assert.NotEmpty(await OcrPhonesAsync(api, withOcr));
        Assert.Empty(await OcrPhonesAsync(api, without));
    }

    [Fact]
    public async Task A_linkedin_campaign_without_a_session_ends_with_a_login_required_error_not_an_empty_success()
    {
        using var api = fixture.NewClient();

        var id = await api.StartAsync(Body("linkedin", "software engineer Toronto", 5));
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);

        Assert.Equal(0, campaign["lead_count"]!.GetValue<int>());
        var errors = campaign["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e!["platform"]!.GetValue<string>() == "linkedin"
            && e["message"]!.GetValue<string>().StartsWith("blocked: login required", StringComparison.Ordinal));
        Assert.True(campaign["progress"]!["platforms"]!["linkedin"]!["errors"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task The_owner_watches_frames_and_phone_boxes_of_a_running_campaign_and_nobody_else_may_join()
    {
        using var api = fixture.NewClient();
        var owner = api.Http.DefaultRequestHeaders.GetValues(LiveUser.Header).Single();
        await using var viewer = Viewer(owner);
        var frames = Channel.CreateUnbounded<LiveFrame>();
        var boxes = Channel.CreateUnbounded<LivePhone>();
        viewer.On<LiveFrame>(LiveEvents.Frame, f => frames.Writer.TryWrite(f));
        viewer.On<List<LivePhone>>(LiveEvents.Phones, list => list.Where(p => p.Box is not null).ToList().ForEach(p => boxes.Writer.TryWrite(p)));
        await viewer.StartAsync();

        var id = await api.StartAsync(Body("google_maps", "dentists in Toronto", 3));
        // The campaigns table says who owns a task, so the owner may join before the worker took the job.
        await viewer.InvokeAsync("JoinTask", id);

        await using var stranger = Viewer("u" + Guid.NewGuid().ToString("N")[..10]);
        await stranger.StartAsync();
        await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync("JoinTask", id));

        var frame = await frames.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        Assert.StartsWith(id + ":", frame.Job, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(frame.Data).Length > 1000, "a frame is a JPEG image");
        var box = await boxes.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        Assert.Matches(@"^\+1\d{3}55501\d\d$", box.E164);
        Assert.InRange(box.Box!.NormX, 0, 1);
        Assert.InRange(box.Box.NormY, 0, 1);
        Assert.True(box.Box.NormWidth > 0 && box.Box.NormHeight > 0, "a box has an area");

        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, Deadline);
        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
    }
}
