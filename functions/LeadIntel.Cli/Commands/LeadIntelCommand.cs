using System.CommandLine;

namespace LeadIntel.Cli.Commands;

/// <summary>The root <c>leadintel</c> command and its subcommands.</summary>
public static class LeadIntelCommand
{
    /// <summary>Exit code for bad usage (unknown option, missing argument), whatever the subcommand.</summary>
    public const int ExitUsage = 2;

    public static RootCommand Create()
    {
        var root = new RootCommand("LeadIntel: find and qualify leads; extraction, local stack and tools.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(CampaignCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; parse errors print to stderr and exit with <see cref="ExitUsage"/>.</summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        // Ctrl-C and SIGTERM are left to the commands: `up` stops its stack gracefully, which takes longer
        // than the 2 s System.CommandLine would otherwise allow before ending the process.
        configuration ??= new InvocationConfiguration { ProcessTerminationTimeout = null };
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await configuration.Error.WriteLineAsync($"leadintel: {error.Message}");
            }

            await configuration.Error.WriteLineAsync("Run 'leadintel --help' for usage.");
            return ExitUsage;
        }

        return await parse.InvokeAsync(configuration);
    }
}
