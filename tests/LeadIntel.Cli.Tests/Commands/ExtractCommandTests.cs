using System.Text.Json;
using LeadIntel.Cli.Commands;

namespace LeadIntel.Cli.Tests.Commands;

public class ExtractCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await LeadIntelCommand.InvokeAsync(args, new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Sample(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"leadintel-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }

    [Fact]
    public async Task Prints_one_json_line_per_input_with_phones()
    {
        var file = Sample("<a href='tel:+14163628820'>call</a>");
        var (exit, stdout, _) = await RunAsync("extract", "--region", "CA", file);
        Assert.Equal(0, exit);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(file, json.RootElement.GetProperty("input").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("error").ValueKind);
        var phone = json.RootElement.GetProperty("phones")[0];
        Assert.Equal("+14163628820", phone.GetProperty("e164").GetString());
        Assert.Equal("tel_link", phone.GetProperty("evidence")[0].GetProperty("layer").GetString());
        Assert.Contains("\"+14163628820\"", line); // '+' printed as is, not \u002B
    }

    [Fact]
    public async Task Missing_and_unsupported_files_fail_with_exit_1_and_an_error_line()
    {
        var good = Sample("<p>nothing</p>");
        var (exit, stdout, _) = await RunAsync("extract", good, "/nonexistent/page.html", "notes.docx");
        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("error").ValueKind);
        Assert.Equal("file not found", lines[1].GetProperty("error").GetString());
        Assert.StartsWith("unsupported file type", lines[2].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unreachable_url_is_an_error_line()
    {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        var (exit, stdout, _) = await RunAsync("extract", "http://127.0.0.1:9/contact");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout.Trim());
        Assert.StartsWith("unreachable", json.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("--region", "XX")]
    [InlineData("--max-pages", "0")]
    public async Task Bad_usage_exits_2(string option, string value)
    {
        var (exit, stdout, stderr) = await RunAsync("extract", option, value, Sample("<p/>"));
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public async Task No_input_is_bad_usage()
    {
        var (exit, _, _) = await RunAsync("extract");
        Assert.Equal(2, exit);
    }
}
