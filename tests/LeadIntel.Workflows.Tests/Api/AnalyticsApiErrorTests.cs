using System.Net;
using System.Text.Json.Nodes;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Api;

/// <summary>Every unusable analytics query answers 400 problem+json naming the field, on every route.</summary>
[Collection(StackCollection.Name)]
public class AnalyticsApiErrorTests(StackFixture fixture)
{
    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2026-03-02&to=2026-03-01", "from" },
        { "from=2024-01-01&to=2026-01-01", "to" },
        { "period=yearly&from=2026-01-01&to=2026-01-31", "period" },
        { "from=2026-01-01&to=2026-01-31&tz=Mars/Olympus", "tz" },
        { "from=01/02/2026&to=2026-01-31", "from" },
        { "from=2026-01-01&to=2026-02-30", "to" },
    };

    private static readonly string[] Routes = ["summary", "timeline", "platforms", "categories", "layers", "regions", "phone-types"];

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_query_is_a_400_naming_the_field_on_every_route(string query, string field)
    {
        using var api = fixture.NewClient();
        foreach (var route in Routes)
        {
            await AssertProblemAsync(await api.Http.GetAsync($"/api/analytics/{route}?{query}"), field);
        }
    }

    [Fact]
    public async Task Compare_rejects_an_unknown_period_and_zone_but_has_no_span()
    {
        using var api = fixture.NewClient();

        await AssertProblemAsync(await api.Http.GetAsync("/api/analytics/compare?period=fortnightly"), "period");
        await AssertProblemAsync(await api.Http.GetAsync("/api/analytics/compare?period=weekly&tz=Nowhere/Town"), "tz");
        using var ok = await api.Http.GetAsync("/api/analytics/compare?period=monthly&to=2026-03-31&from=2020-01-01");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_bad_user_header_is_a_400()
    {
        using var api = fixture.NewClient("not a user!");

        await AssertProblemAsync(await api.Http.GetAsync("/api/analytics/summary"), "X-User-Id");
    }

    [Fact]
    public async Task An_empty_range_has_zero_figures_and_a_gapless_timeline()
    {
        using var api = fixture.NewClient();

        var summary = JsonNode.Parse(await api.Http.GetStringAsync("/api/analytics/summary?from=2026-01-01&to=2026-01-31"))!;
        var timeline = JsonNode.Parse(await api.Http.GetStringAsync("/api/analytics/timeline?period=weekly&from=2026-01-01&to=2026-01-31"))!;

        Assert.Equal(0, summary["leads"]!.GetValue<long>());
        Assert.Null(summary["avg_confidence"]);
        Assert.Equal(["2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"], timeline["timeline"]!.AsArray().Select(p => p!["bucket"]!.GetValue<string>()));
        Assert.Equal("2026-01-01", timeline["timeline"]![0]!["from"]!.GetValue<string>());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(field, JsonNode.Parse(text)!["field"]!.GetValue<string>());
    }
}
