using System.CommandLine;
using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel bench export [--leads 100000,1000000] [--formats csv,xlsx] [--data DIR]</c>: export time and server peak
/// memory per size and format, and analytics latency, on its own Azurite (or <c>LEADINTEL_STORAGE</c>).
/// </summary>
public static class BenchExportCommand
{
    public static Command Create()
    {
        var leads = new Option<string>("--leads") { Description = "Comma-separated lead counts, one seeded user each", DefaultValueFactory = _ => "100000,1000000" };
        var formats = new Option<string>("--formats") { Description = "Comma-separated export formats: csv, json, ndjson, xlsx", DefaultValueFactory = _ => "csv,xlsx" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Keep Azurite's data in this folder and reuse what an earlier run seeded there" };
        var command = new Command("export", "Time exports of N leads (CSV, XLSX, ...) with the server's peak memory, and the summary endpoint") { leads, formats, data };
        command.SetAction(async (parse, ct) =>
        {
            var sizes = parse.GetValue(leads)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.TryParse(s, out var n) ? n : -1).ToList();
            var chosen = parse.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (sizes.Count == 0 || sizes.Any(n => n is < 1 or > 5_000_000) || chosen.Count == 0 || chosen.Any(f => f is not ("csv" or "json" or "ndjson" or "xlsx")))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("leadintel bench export: --leads takes counts of 1–5,000,000; --formats csv, json, ndjson, xlsx");
                return LeadIntelCommand.ExitUsage;
            }

            return await new ExportBenchmark(parse.InvocationConfiguration.Output).RunAsync(sizes, chosen, parse.GetValue(data)?.FullName, ct);
        });
        return command;
    }
}
