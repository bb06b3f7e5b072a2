using System.Net;
using LeadIntel.Workflows.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>The web app served beside an API on one loopback origin, as <c>leadintel up</c> mounts it.</summary>
public sealed class WebUiEndpointsTests : IAsyncLifetime
{
    private const string Index = "<!doctype html><title>LeadIntel</title>";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leadintel-webui-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), Index);
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "index-abc123.js"), "console.log('app')");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapWebUi(_root);
        _app.MapGet("/api/ping", () => "pong");
        _app.MapPost("/api/campaigns", () => Results.Accepted());
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/tasks")]
    [InlineData("/tasks/cmp-123")]
    [InlineData("/dashboard?period=weekly")]
    public async Task The_app_and_its_client_side_routes_get_index_html(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Index, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_are_served_and_a_missing_asset_is_404_not_the_app()
    {
        Assert.Equal("console.log('app')", await _http.GetStringAsync("/assets/index-abc123.js"));
        using var missing = await _http.GetAsync("/assets/index-gone.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api")]
    [InlineData("/hubs/live/negotiate")]
    [InlineData("/demo/directory/nothing")]
    [InlineData("/API/Nope")]
    public async Task Reserved_paths_never_fall_back_to_the_app(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(Index, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_still_answers_beside_the_app()
    {
        Assert.Equal("pong", await _http.GetStringAsync("/api/ping"));
        using var created = await _http.PostAsync("/api/campaigns", null);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
    }

    [Fact]
    public async Task Only_reads_fall_back_to_the_app()
    {
        using var response = await _http.PostAsync("/tasks", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Config_is_generated_for_the_same_origin_when_the_build_has_none()
    {
        using var response = await _http.GetAsync("/config.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"apiBaseUrl":""}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Config_from_the_build_wins()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "config.json"), """{"apiBaseUrl": "", "userId": "alice"}""");

        Assert.Equal("""{"apiBaseUrl": "", "userId": "alice"}""", await _http.GetStringAsync("/config.json"));
    }

    [Fact]
    public async Task Index_is_revalidated_on_every_load()
    {
        using var root = await _http.GetAsync("/");
        using var route = await _http.GetAsync("/tasks");

        Assert.True(root.Headers.CacheControl?.NoCache);
        Assert.True(route.Headers.CacheControl?.NoCache);
    }
}
