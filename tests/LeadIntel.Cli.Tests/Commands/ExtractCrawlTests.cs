using System.Text.Json;
using LeadIntel.Cli.Commands;

namespace LeadIntel.Cli.Tests.Commands;

public class ExtractCrawlTests
{
    private static async Task<(int Exit, JsonElement Line)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await LeadIntelCommand.InvokeAsync(args, new System.CommandLine.InvocationConfiguration { Output = output, Error = new StringWriter() });
        using var json = JsonDocument.Parse(Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return (exit, json.RootElement.Clone());
    }

    [Fact]
    public async Task Crawl_finds_the_contact_page_phone_and_lists_the_pages()
    {
        await using var site = await LoopbackSite.StartAsync(new Dictionary<string, string>
        {
            ["/robots.txt"] = "User-agent: *\nDisallow: /admin\n",
            ["/"] = "<a href='/blog/1'>News</a><a href='/admin'>Admin</a><a href='/kontakt'>Kontakt</a>",
            ["/kontakt"] = "<a href='tel:+14163628821'>Orders</a><a href='mailto:orders@acme-bakery.ca'>mail</a>",
            ["/blog/1"] = "<p>news</p>",
        });

        var (exit, line) = await RunAsync("extract", "--crawl", "--max-pages", "2", "--max-depth", "1", "--region", "CA", site.BaseUrl.ToString());

        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("error").ValueKind);
        var phone = line.GetProperty("phones")[0];
        Assert.Equal("+14163628821", phone.GetProperty("e164").GetString());
        Assert.Equal("website_crawl", phone.GetProperty("evidence")[0].GetProperty("layer").GetString());
        Assert.Equal("orders@acme-bakery.ca", line.GetProperty("emails")[0].GetProperty("address").GetString());
        Assert.Equal([site.BaseUrl.ToString(), new Uri(site.BaseUrl, "/kontakt").ToString()], line.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, line.GetProperty("needs_browser").GetArrayLength());
        Assert.Equal(["/robots.txt", "/", "/kontakt"], site.Requests);
    }

    [Fact]
    public async Task A_start_page_robots_txt_forbids_is_an_error_line()
    {
        await using var site = await LoopbackSite.StartAsync(new Dictionary<string, string>
        {
            ["/robots.txt"] = "User-agent: LeadIntel\nDisallow: /\n",
            ["/"] = "<a href='tel:+14163628821'>call</a>",
        });

        var (exit, line) = await RunAsync("extract", "--crawl", site.BaseUrl.ToString());

        Assert.Equal(1, exit);
        Assert.Equal("robots.txt disallows this URL", line.GetProperty("error").GetString());
        Assert.Equal(["/robots.txt"], site.Requests);
    }
}
