using System.Text.Json;
using LeadIntel.Core.Platforms;
using LeadIntel.Workflows.BrowserJobs;

namespace LeadIntel.Workflows.Tests.BrowserJobs;

public sealed class BrowserJobResultMapperTests
{
    private static BrowserJobResult Result(string status, int leads, params string[] errors) =>
        new("inst-1", "c1", "u1", 2, "google_maps", "dentists in Toronto", status, 12, 11, leads, 9, errors, ["u1/c1/parts/002-000000.json"], 1, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Completed_job_maps_its_counters_and_listing_errors()
    {
        var search = BrowserJobResultMapper.ToSearchResult(Result(BrowserJobStatus.Completed, 10, "listing 7: timeout"));

        Assert.Equal(2, search.SearchIndex);
        Assert.Equal("google_maps", search.Platform);
        Assert.Equal(new Models.SearchProgress(12, 11, 10, 9, 1), search.Progress);
        Assert.Equal("listing 7: timeout", Assert.Single(search.Errors).Message);
        Assert.False(search.Failed);
    }

    [Fact]
    public void Blocked_job_is_an_error_not_an_empty_success()
    {
        var search = BrowserJobResultMapper.ToSearchResult(Result(BrowserJobStatus.LoginRequired, 0));

        Assert.Equal(BrowserJobStatus.LoginRequired, Assert.Single(search.Errors).Message);
        Assert.Equal(1, search.Progress.Errors);
        Assert.True(search.Failed);
    }

    [Fact]
    public void Failure_status_repeated_in_errors_is_reported_once()
    {
        var status = BrowserJobStatus.Failed("chromium is not installed");
        var search = BrowserJobResultMapper.ToSearchResult(Result(status, 0, status));

        Assert.Equal(status, Assert.Single(search.Errors).Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"instance_id\":\"\",\"status\":\"completed\",\"errors\":[],\"parts\":[]}")]
    public void Unreadable_messages_parse_to_null(string body) => Assert.Null(BrowserJobResultHandler.Parse(body));

    [Fact]
    public void Worker_message_json_parses()
    {
        var body = JsonSerializer.Serialize(Result(BrowserJobStatus.Completed, 10), BrowserJobJson.Default.BrowserJobResult);

        Assert.Equal("inst-1", BrowserJobResultHandler.Parse(body)!.InstanceId);
    }
}
