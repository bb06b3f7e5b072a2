using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using LeadIntel.Cli.Exports;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel export [--format csv|json|ndjson|xlsx] [--from D] [--to D] [--tz Z] [--campaign ID] [--platform P] [--bom] [--out FILE]</c>:
/// downloads <c>GET /api/exports</c> from a running <c>leadintel up</c> to a file (or stdout with <c>--out -</c>),
/// streaming, with a progress bar on stderr. Exit 0 when complete, 1 when the download broke off, 2 on bad
/// usage or a request the API refused.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var api = new Option<string>("--api") { Description = "Base URL of the LeadIntel API", DefaultValueFactory = _ => "http://127.0.0.1:7071/" };
        var user = new Option<string>("--user") { Description = "User id sent as X-User-Id", DefaultValueFactory = _ => "local" };
        var format = new Option<string>("--format") { Description = "csv, json (one array), ndjson or xlsx", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "ndjson", "xlsx");
        var from = new Option<string?>("--from") { Description = "First date of found_at, YYYY-MM-DD (inclusive)" };
        var to = new Option<string?>("--to") { Description = "Last date of found_at, YYYY-MM-DD (inclusive)" };
        var tz = new Option<string?>("--tz") { Description = "IANA time zone of the dates (default UTC)" };
        var campaign = new Option<string?>("--campaign") { Description = "Only this campaign's leads" };
        var platform = new Option<string?>("--platform") { Description = "Only leads of this platform" };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV with a UTF-8 byte-order mark (for Excel)" };
        var output = new Option<string?>("--out") { Description = "File to write; '-' for stdout; default: the server's file name here" };

        var command = new Command("export", "Download leads across campaigns from a running local stack, streaming") { api, user, format, from, to, tz, campaign, platform, bom, output };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var query = new Dictionary<string, string?>
            {
                ["format"] = parse.GetValue(format), ["from"] = parse.GetValue(from), ["to"] = parse.GetValue(to), ["tz"] = parse.GetValue(tz),
                ["campaign"] = parse.GetValue(campaign), ["platform"] = parse.GetValue(platform), ["bom"] = parse.GetValue(bom) ? "true" : null,
            };
            using var http = new HttpClient { BaseAddress = new Uri(parse.GetValue(api)!), Timeout = Timeout.InfiniteTimeSpan };
            http.DefaultRequestHeaders.Add("X-User-Id", parse.GetValue(user));
            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync("api/exports" + QueryString(query), HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"leadintel export: cannot reach {http.BaseAddress} ({ex.Message}); is 'leadintel up' running?");
                return LeadIntelCommand.ExitUsage;
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
                    await error.WriteLineAsync($"leadintel export: {(int)response.StatusCode} {problem?["detail"] ?? problem?["title"]} (field: {problem?["field"]})");
                    return LeadIntelCommand.ExitUsage;
                }

                var expected = await ExpectedAsync(http, query, ct);
                var path = parse.GetValue(output) ?? response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "leads.export";
                return await DownloadAsync(response, path, query["format"]!, expected, parse.InvocationConfiguration, ct);
            }
        });
        return command;
    }

    private static async Task<int> DownloadAsync(HttpResponseMessage response, string path, string format, long? expected, InvocationConfiguration console, CancellationToken ct)
    {
        var toStdout = path == "-";
        await using var source = await response.Content.ReadAsStreamAsync(ct);
        await using var target = toStdout ? Console.OpenStandardOutput() : File.Create(path);
        var counter = new RecordCounter(format);
        var clock = Stopwatch.StartNew();
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(console.Error, Console.Error);
        var buffer = new byte[81920];
        long bytes = 0;
        var lastDraw = TimeSpan.Zero;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                counter.Add(buffer.AsSpan(0, read));
                bytes += read;
                if (interactive && clock.Elapsed - lastDraw > TimeSpan.FromMilliseconds(200))
                {
                    lastDraw = clock.Elapsed;
                    await console.Error.WriteAsync("\r" + ExportProgressLine.Render(counter.Records, expected, counter.Counts, bytes, clock.Elapsed));
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            await console.Error.WriteLineAsync($"{(interactive ? Environment.NewLine : "")}leadintel export: the download broke off after {bytes:N0} bytes ({ex.Message})");
            return 1;
        }

        // The total was an estimate (analytics count completed campaigns); the last line states what came.
        var done = ExportProgressLine.Render(counter.Records, null, counter.Counts, bytes, clock.Elapsed);
        await console.Error.WriteLineAsync((interactive ? "\r" : "") + done + (toStdout ? "" : $" → {path}"));
        return 0;
    }

    /// <summary>The expected number of leads from the analytics, when the filters are ones analytics can answer.</summary>
    private static async Task<long?> ExpectedAsync(HttpClient http, IReadOnlyDictionary<string, string?> query, CancellationToken ct)
    {
        if (query["from"] is null || query["to"] is null || query["campaign"] is not null)
        {
            return null;
        }

        var range = QueryString(new Dictionary<string, string?> { ["from"] = query["from"], ["to"] = query["to"], ["tz"] = query["tz"] });
        try
        {
            if (query["platform"] is { } platform)
            {
                var items = JsonNode.Parse(await http.GetStringAsync("api/analytics/platforms" + range, ct))?["items"]?.AsArray();
                return items?.FirstOrDefault(i => i?["key"]?.GetValue<string>() == platform)?["leads"]?.GetValue<long>() ?? 0;
            }

            return JsonNode.Parse(await http.GetStringAsync("api/analytics/summary" + range, ct))?["leads"]?.GetValue<long>();
        }
        catch (HttpRequestException)
        {
            // A range the analytics refuse (longer than their span) only costs the bar its total.
            return null;
        }
    }

    private static string QueryString(IReadOnlyDictionary<string, string?> query) =>
        "?" + string.Join('&', query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
