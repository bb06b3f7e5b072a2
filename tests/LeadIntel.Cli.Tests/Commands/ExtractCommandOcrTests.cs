using System.Text.Json;
using LeadIntel.Cli.Commands;
using LeadIntel.Cli.Tests.Extract;
using LeadIntel.Core.Tests.Ocr;

namespace LeadIntel.Cli.Tests.Commands;

public class ExtractCommandOcrTests
{
    private static async Task<(int Exit, JsonElement Line)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await LeadIntelCommand.InvokeAsync(args, new System.CommandLine.InvocationConfiguration { Output = output, Error = new StringWriter() });
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return (exit, JsonDocument.Parse(line).RootElement.Clone());
    }

    private static string TempDir() => Directory.CreateTempSubdirectory("leadintel-ocr-").FullName;

    private static byte[] Banner() => TextImage.Render(["Call 416-362-8820", "info@maple-bakery.ca"], width: 800, height: 220).Bytes;

    [Fact]
    public async Task A_png_input_is_read_by_ocr_into_phones_with_boxes_and_emails()
    {
        var png = Path.Combine(TempDir(), "card.png");
        await File.WriteAllBytesAsync(png, Banner());

        var (exit, json) = await RunAsync("extract", "--region", "CA", png);

        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("error").ValueKind);
        var phone = Assert.Single(json.GetProperty("phones").EnumerateArray());
        Assert.Equal("+14163628820", phone.GetProperty("e164").GetString());
        var evidence = phone.GetProperty("evidence")[0];
        Assert.Equal("ocr", evidence.GetProperty("layer").GetString());
        Assert.Equal("Call 416-362-8820", evidence.GetProperty("context").GetString());
        Assert.InRange(evidence.GetProperty("box").GetProperty("x").GetDouble(), 60, 200);
        Assert.Equal("info@maple-bakery.ca", json.GetProperty("emails")[0].GetProperty("address").GetString());
    }

    [Fact]
    public async Task An_unreadable_image_is_an_error_line()
    {
        var png = Path.Combine(TempDir(), "broken.png");
        await File.WriteAllTextAsync(png, "<html>not a png</html>");

        var (exit, json) = await RunAsync("extract", png);

        Assert.Equal(1, exit);
        Assert.StartsWith("ocr: not a readable image", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Ocr_on_an_html_file_reads_its_relative_contact_image()
    {
        var dir = TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "img"));
        await File.WriteAllBytesAsync(Path.Combine(dir, "img", "kontakt.png"), Banner());
        var page = Path.Combine(dir, "index.html");
        await File.WriteAllTextAsync(page, "<html><body><p>Welcome</p><img src='img/kontakt.png' width='800' height='220'></body></html>");

        var (_, without) = await RunAsync("extract", "--region", "CA", page);
        var (exit, with) = await RunAsync("extract", "--region", "CA", "--ocr", page);

        Assert.Empty(without.GetProperty("phones").EnumerateArray());
        Assert.False(without.TryGetProperty("ocr_images", out _));
        Assert.Equal(0, exit);
        var source = new Uri(Path.Combine(dir, "img", "kontakt.png")).ToString();
        var phone = Assert.Single(with.GetProperty("phones").EnumerateArray());
        Assert.Equal("+14163628820", phone.GetProperty("e164").GetString());
        Assert.Equal(source, phone.GetProperty("evidence")[0].GetProperty("source").GetString());
        var image = Assert.Single(with.GetProperty("ocr_images").EnumerateArray());
        Assert.Equal(1, image.GetProperty("phones").GetInt32());
    }

    [Fact]
    public async Task Ocr_on_a_url_fetches_only_the_selected_images_and_reports_failures()
    {
        const string html = """
            <html><body>
            <img src="/img/logo.png" alt="Maple Bakery" class="logo">
            <img src="/img/phone-number.png" alt="phone">
            <img src="/img/contact-missing.png">
            </body></html>
            """;
        using var site = new LoopbackImageSite(new()
        {
            ["/"] = ("text/html", System.Text.Encoding.UTF8.GetBytes(html)),
            ["/img/logo.png"] = ("image/png", Banner()),
            ["/img/phone-number.png"] = ("image/png", Banner()),
        });

        var (exit, json) = await RunAsync("extract", "--region", "CA", "--ocr", site.Root.ToString());

        Assert.Equal(0, exit);
        var phone = Assert.Single(json.GetProperty("phones").EnumerateArray());
        Assert.Equal(new Uri(site.Root, "img/phone-number.png").ToString(), phone.GetProperty("evidence")[0].GetProperty("source").GetString());
        var reports = json.GetProperty("ocr_images").EnumerateArray().ToDictionary(r => r.GetProperty("url").GetString()!, r => r.GetProperty("error").GetString());
        Assert.Equal(2, reports.Count);
        Assert.Null(reports[new Uri(site.Root, "img/phone-number.png").ToString()]);
        Assert.StartsWith("http 404", reports[new Uri(site.Root, "img/contact-missing.png").ToString()]);
        Assert.DoesNotContain("/img/logo.png", site.Requested);
    }
}
