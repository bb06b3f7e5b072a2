using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Api;

/// <summary>Every rejected request answers problem+json: 400 naming the field, 404 for unknown ids.</summary>
[Collection(StackCollection.Name)]
public class CampaignApiErrorTests(StackFixture fixture)
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"queries": ["dentists"], "platforms": ["myspace"]}""", "platforms" },
        { """{"queries": ["dentists"], "platforms": []}""", "platforms" },
        { """{"queries": ["dentists"]}""", "platforms" },
        { """{"queries": [], "platforms": ["directory"]}""", "queries" },
        { """{"platforms": ["directory"]}""", "queries" },
        { """{"queries": ["dentists", "  "], "platforms": ["directory"]}""", "queries[1]" },
        { """{"queries": ["dentists"], "platforms": ["website"]}""", "queries[0]" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "max_results": 0}""", "max_results" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "max_results": 1001}""", "max_results" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "max_results": "many"}""", "max_results" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "region": "XX"}""", "region" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "filters": {"student_only": "yes"}}""", "filters.student_only" },
        { """{"queries": ["dentists"], "platforms": ["directory"]""", "body" },
        { "null", "body" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "options": {"ocr": true}}""", "options.ocr" },
        { """{"queries": ["dentists"], "platforms": ["directory"], "options": {"crawl_website": "no"}}""", "options.crawl_website" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_naming_the_field(string body, string field)
    {
        using var api = fixture.NewClient();
        foreach (var route in new[] { "/api/campaigns", "/api/scraper/start" })
        {
            using var response = await api.PostJsonAsync(route, body);
            await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        }
    }

    [Fact]
    public async Task An_oversized_body_is_a_400_before_it_is_read_whole()
    {
        using var api = fixture.NewClient();
        var queries = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"dentists in city number {i}\""));

        using var response = await api.PostJsonAsync("/api/campaigns", $$"""{"queries": [{{queries}}], "platforms": ["directory"]}""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task Too_many_query_platform_pairs_is_a_400()
    {
        using var api = fixture.NewClient();
        var queries = string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"q{i}\""));

        using var response = await api.PostJsonAsync("/api/campaigns", $$"""{"queries": [{{queries}}], "platforms": ["directory", "google_maps"]}""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "queries");
    }

    [Fact]
    public async Task An_unusable_user_header_is_a_400()
    {
        using var api = fixture.NewClient("bad/user");

        await AssertProblemAsync(await api.Http.GetAsync("/api/campaigns"), HttpStatusCode.BadRequest, "X-User-Id");
    }

    [Theory]
    [InlineData("GET", "/api/campaigns/cmp-nope")]
    [InlineData("GET", "/api/campaigns/cmp-nope/leads")]
    [InlineData("POST", "/api/campaigns/cmp-nope/stop")]
    [InlineData("POST", "/api/campaigns/cmp-nope/pause")]
    [InlineData("POST", "/api/campaigns/cmp-nope/resume")]
    public async Task An_unknown_campaign_is_a_404(string method, string path)
    {
        using var api = fixture.NewClient();

        using var response = await api.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task An_unknown_leads_format_is_a_400()
    {
        using var api = fixture.NewClient();

        await AssertProblemAsync(await api.Http.GetAsync("/api/campaigns/cmp-nope/leads?format=xml"), HttpStatusCode.BadRequest, "format");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        if (field is not null)
        {
            Assert.Equal(field, problem["field"]!.GetValue<string>());
        }
    }
}
