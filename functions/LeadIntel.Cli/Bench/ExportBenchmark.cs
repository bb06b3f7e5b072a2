using System.Diagnostics;
using System.Globalization;
using LeadIntel.Cli.Exports;
using LeadIntel.Workflows.Hosting;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Measures exports and analytics at scale on Azurite: seeds completed campaigns of synthetic leads (one user
/// per size), starts <c>leadintel up</c> as a separate process, streams <c>GET /api/exports</c> in each format
/// (time, size, the server's peak resident memory), then times the summary endpoint over the largest user.
/// </summary>
public sealed class ExportBenchmark(TextWriter output)
{
    private const int SummaryRuns = 20;

    /// <param name="keptData">Azurite's folder to keep between runs (seeded campaigns are not seeded again); null: a temporary one.</param>
    public async Task<int> RunAsync(IReadOnlyList<int> sizes, IReadOnlyList<string> formats, string? keptData, CancellationToken ct)
    {
        var data = keptData ?? Path.Combine(Path.GetTempPath(), "leadintel-bench-export-" + Guid.NewGuid().ToString("N")[..8]);
        var configured = Environment.GetEnvironmentVariable("LEADINTEL_STORAGE");
        await using var azurite = string.IsNullOrEmpty(configured) ? await AzuriteProcess.StartAsync(Path.Combine(data, "azurite"), ct) : null;
        var storage = configured is { Length: > 0 } ? configured : azurite!.ConnectionString;
        try
        {
            var end = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
            var seeder = new BenchSeeder(storage, end);
            foreach (var size in sizes)
            {
                var clock = Stopwatch.StartNew();
                await seeder.SeedAsync(User(size), size, output, ct);
                await output.WriteLineAsync(Invariant($"seeded {size:N0} leads in {clock.Elapsed.TotalSeconds:0.0} s (leads.json blobs and analytics)"));
            }

            await using var server = await ServerProcess.StartAsync(storage, new Dictionary<string, string>
            {
                ["LeadIntel__Archive__Enabled"] = "false",
                ["LeadIntel__Engine__TaskHubName"] = "benchexport",
            }, ct);
            await output.WriteLineAsync($"leadintel up (pid-separate) at {server.Address}");
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
            await ExportAsync(http, server, sizes[0], formats[0], warmUp: true, ct);
            foreach (var size in sizes)
            {
                foreach (var format in formats)
                {
                    await ExportAsync(http, server, size, format, warmUp: false, ct);
                }
            }

            await SummaryAsync(http, sizes.Max(), end, ct);
            return 0;
        }
        finally
        {
            if (keptData is null && Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private async Task ExportAsync(HttpClient http, ServerProcess server, int size, string format, bool warmUp, CancellationToken ct)
    {
        GC.Collect();
        server.ResetPeak();
        var (before, _) = server.Memory();
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/exports?format={format}" + (warmUp ? $"&campaign=cmp-{User(size)}-0000" : ""));
        request.Headers.Add("X-User-Id", User(size));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var counter = new RecordCounter(format);
        var buffer = new byte[256 * 1024];
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            counter.Add(buffer.AsSpan(0, read));
            bytes += read;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var (_, peak) = server.Memory();
        if (warmUp)
        {
            return;
        }

        var rows = counter.Counts ? Invariant($"{counter.Records:N0} rows") : "rows not counted";
        await output.WriteLineAsync(Invariant(
            $"export {format,-4} {size,9:N0} leads: {seconds,6:0.0} s · {size / seconds,9:N0} leads/s · {bytes / 1048576.0,7:0.0} MB ({rows}) · server RSS {before / 1048576.0:0} MB before, peak {peak / 1048576.0:0} MB"));
    }

    private async Task SummaryAsync(HttpClient http, int size, DateTimeOffset end, CancellationToken ct)
    {
        var from = end.AddDays(-365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var route in new[] { $"summary?from={from}&to={to}", $"summary?from={from}&to={to}&tz=America/New_York", $"timeline?period=daily&from={end.AddDays(-29):yyyy-MM-dd}&to={to}", $"platforms?from={from}&to={to}" })
        {
            var times = new List<double>();
            string body = "";
            for (var i = 0; i <= SummaryRuns; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"api/analytics/{route}");
                request.Headers.Add("X-User-Id", User(size));
                var clock = Stopwatch.StartNew();
                using var response = await http.SendAsync(request, ct);
                body = await response.Content.ReadAsStringAsync(ct);
                response.EnsureSuccessStatusCode();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            var warm = times.Skip(1).Order().ToList();
            var leads = System.Text.Json.Nodes.JsonNode.Parse(body)?["leads"]?.GetValue<long>();
            await output.WriteLineAsync(Invariant(
                $"analytics {route.Split('?')[0],-9} over {size:N0} leads{(route.Contains("tz=", StringComparison.Ordinal) ? " (tz)" : "")}: first {times[0]:0} ms, p50 {warm[warm.Count / 2]:0} ms, p95 {warm[(int)(warm.Count * 0.95)]:0} ms{(leads is { } n ? $" · leads {n:N0}" : "")}"));
        }
    }

    private static string User(int size) => $"bench{size}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
