using System.CommandLine;
using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Commands;

/// <summary><c>leadintel bench campaign [--listings 1000] [--noop 200]</c>: timings of the local stack on its own Azurite.</summary>
public static class BenchCampaignCommand
{
    public static Command Create()
    {
        var listings = new Option<int>("--listings") { Description = "Directory listings the campaign fans out to", DefaultValueFactory = _ => 1000 };
        var noop = new Option<int>("--noop") { Description = "No-op activities for the engine overhead runs", DefaultValueFactory = _ => 200 };
        var campaign = new Command("campaign", "Time a directory campaign fanning out to N listings, and the engine's per-activity overhead") { listings, noop };
        campaign.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(listings) is < 1 or > 1000 || parse.GetValue(noop) is < 1 or > 5000)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("leadintel bench campaign: --listings must be 1–1000 and --noop 1–5000");
                return LeadIntelCommand.ExitUsage;
            }

            return await new CampaignBenchmark(parse.InvocationConfiguration.Output).RunAsync(parse.GetValue(listings), parse.GetValue(noop), ct);
        });
        return campaign;
    }
}
