using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadIntel.Cli.Bench;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Tests.Fixtures;
using MiniExcelLibs;

namespace LeadIntel.Workflows.Tests.Exports;

/// <summary><c>GET /api/exports</c> on Azurite: hostile CSV values, JSON both ways, a workbook read back, filters.</summary>
[Collection(StackCollection.Name)]
public class ExportApiTests(StackFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] HostileNames =
    [
        "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rCarriage",
        "Comma, Inc.", "Quote \"Q\" Ltd", "Line one\nLine two", "Ünïcødé café 🚀 東京", "'Already quoted", "Plain Bakery",
    ];

    private static List<Lead> HostileLeads() => HostileNames.Select((name, i) => new Lead
    {
        Platform = i % 2 == 0 ? "directory" : "website",
        Query = i == 0 ? "-dentists" : "dentists, Toronto",
        Name = name,
        Url = $"https://directory.example.test/{i}",
        Category = i == 3 ? "=1+1" : "Dentist",
        Address = i == 5 ? "12 Main St\r\nSuite 4" : null,
        Phones = [new Phone($"+1416555{1000 + i}", "x", "x", i == 1 ? "12" : null, "fixed_line", "CA", false, 0.9, [new PhoneEvidence("tel_link", 0.9, "")])],
        Latitude = 43.6 + (i / 100.0),
        ReviewsCount = i,
        // Two leads a day, one just before and one just after UTC midnight.
        FoundAt = Day.AddDays(i / 2).AddMinutes(i % 2 == 0 ? -30 : 30),
    }).ToList();

    private async Task<(ApiClient Api, List<Lead> All, List<Lead> Hostile)> SeedAsync()
    {
        var user = "ex" + Guid.NewGuid().ToString("N")[..8];
        var seeder = new LeadSeeder(fixture.Stack.Services);
        var hostile = HostileLeads();
        var running = new SyntheticLeads(3).Generate("running", 25, Day.AddDays(10), TimeSpan.FromDays(3)).ToList();
        await seeder.MergedAsync(user, "cmp-a", Day.AddDays(-1), hostile, "directory", "website");
        await seeder.RunningAsync(user, "cmp-b", Day.AddDays(9), running, perPart: 4, "directory", "website", "google_maps", "linkedin");
        return (fixture.NewClient(user), [.. hostile, .. running], hostile);
    }

    [Fact]
    public async Task Csv_is_the_campaign_csv_of_every_lead_with_formulas_neutralised()
    {
        var (api, all, _) = await SeedAsync();
        using var _api = api;

        using var response = await api.Http.GetAsync("/api/exports?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(LeadCsv.Write(all), bytes);

        var records = CsvRecords.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal(LeadCsv.Columns, records[0]);
        Assert.Equal(all.Count + 1, records.Count);
        Assert.All(records, r => Assert.Equal(LeadCsv.Columns.Count, r.Count));
        var names = records.Skip(1).Take(HostileNames.Length).Select(r => r[2]).ToList();
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", names[0]);
        Assert.Equal("'+1+cmd|' /C calc'!A0", names[1]);
        Assert.Equal("'-2+3", names[2]);
        Assert.Equal("'@SUM(A1:A9)", names[3]);
        Assert.Equal("'\tTabbed", names[4]);
        Assert.Equal("'\rCarriage", names[5]);
        Assert.Equal(HostileNames[6..], names[6..]);
        Assert.Equal("'-dentists", records[1][1]);
        Assert.Equal("'=1+1", records[4][8]);
        Assert.Equal("12 Main St\r\nSuite 4", records[6][9]);
        Assert.Equal("+14165551001 ext. 12", records[2][5]);
    }

    [Fact]
    public async Task Csv_with_bom_starts_with_the_utf8_byte_order_mark()
    {
        var (api, all, _) = await SeedAsync();
        using var _api = api;

        var bytes = await api.Http.GetByteArrayAsync("/api/exports?format=csv&bom=true");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(LeadCsv.Write(all), bytes[3..]);
    }

    [Fact]
    public async Task Json_is_an_array_or_one_object_per_line_with_the_leads_api_fields()
    {
        var (api, all, _) = await SeedAsync();
        using var _api = api;

        var array = await api.Http.GetStringAsync("/api/exports?format=json");
        var ndjson = await api.Http.GetStringAsync("/api/exports?format=json&json=ndjson");

        Assert.Equal(JsonSerializer.Serialize<IReadOnlyList<Lead>>(all, LeadIntelJson.Default.IReadOnlyListLead), array.TrimEnd('\n'));
        var lines = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(all.Count, lines.Length);
        Assert.Equal(all.Select(l => JsonSerializer.Serialize(l, LeadIntelJson.Default.Lead)), lines);
        Assert.Equal(HostileNames[8], JsonNode.Parse(lines[8])!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Xlsx_opens_in_a_reader_with_every_row_and_exact_values()
    {
        var (api, all, hostile) = await SeedAsync();
        using var _api = api;

        using var response = await api.Http.GetAsync("/api/exports?format=xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(all.Count, rows.Count);
        Assert.Equal(LeadCsv.Columns, rows[0].Keys);
        // Inline strings are never formulas: the workbook keeps page text exactly as found.
        Assert.Equal(hostile.Select(l => l.Name), rows.Take(hostile.Count).Select(r => (string)r["name"]!));
        Assert.Equal(all.Select(l => l.Url), rows.Select(r => (string)r["url"]!));
        Assert.Equal(43.61, Convert.ToDouble(rows[1]["latitude"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("+14165551001 ext. 12", rows[1]["phones"]);
    }

    [Fact]
    public async Task Filters_select_by_found_at_in_the_callers_zone_platform_and_campaign()
    {
        var (api, all, hostile) = await SeedAsync();
        using var _api = api;

        async Task<List<string>> Urls(string query) =>
            (await api.Http.GetStringAsync($"/api/exports?format=ndjson&{query}")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonNode.Parse(l)!["url"]!.GetValue<string>()).ToList();

        // 10 March UTC holds the leads found at 00:30 and 23:30; in Toronto (UTC-4 from 8 March) 00:30 UTC on the 10th is still the 9th.
        Assert.Equal([hostile[1].Url, hostile[2].Url], await Urls("from=2026-03-10&to=2026-03-10"));
        Assert.Equal([hostile[0].Url, hostile[1].Url], await Urls("from=2026-03-09&to=2026-03-09&tz=America/Toronto"));
        Assert.Equal(all.Where(l => l.Platform == "website").Select(l => l.Url), await Urls("platform=website"));
        Assert.Equal(hostile.Select(l => l.Url), await Urls("campaign=cmp-a"));
        Assert.Equal(all.Where(l => l.FoundAt >= Day.AddDays(10)).Select(l => l.Url), await Urls("from=2026-03-20"));

        // A CSV takes a finished campaign's rows from its merged CSV: the same filters apply there.
        var csv = await api.Http.GetByteArrayAsync("/api/exports?format=csv&platform=directory&from=2026-03-10&to=2026-03-14&tz=America/Toronto");
        var toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        Assert.Equal(
            LeadCsv.Write(all.Where(l => l.Platform == "directory" && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(l.FoundAt, toronto).DateTime) is { Day: >= 10 and <= 14, Month: 3 })),
            csv);

        using var missing = await api.Http.GetAsync("/api/exports?campaign=cmp-nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var (query, field) in new[] { ("format=pdf", "format"), ("json=xml&format=json", "json"), ("bom=maybe", "bom"), ("from=2026-03-02&to=2026-03-01", "from"), ("tz=Atlantis/Lost", "tz"), ("to=March", "to") })
        {
            using var bad = await api.Http.GetAsync($"/api/exports?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal(field, JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["field"]!.GetValue<string>());
        }
    }
}
