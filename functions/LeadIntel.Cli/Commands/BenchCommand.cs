using System.CommandLine;
using LeadIntel.Cli.Bench;
using LeadIntel.Core.Evaluation;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel bench extraction [--corpus DIR] [--seconds S]</c>: throughput and accuracy of phone extraction on a
/// labelled corpus. Exit 0 when measured, 1 when the corpus is broken, 2 on bad usage (no such corpus, bad --seconds).
/// </summary>
public static class BenchCommand
{
    public const int ExitOk = 0;
    public const int ExitBadCorpus = 1;
    public const int ExitUsage = 2;

    public const string DefaultCorpus = "tests/LeadIntel.Core.Tests/Corpus";

    public static Command Create()
    {
        var bench = new Command("bench", "Measure extraction speed and accuracy, and the local engine");
        bench.Subcommands.Add(CreateExtraction());
        bench.Subcommands.Add(BenchCampaignCommand.Create());
        bench.Subcommands.Add(BenchExportCommand.Create());
        bench.Subcommands.Add(BenchBrowserCommand.Create());
        return bench;
    }

    private static Command CreateExtraction()
    {
        var corpus = new Option<string>("--corpus") { Description = $"Directory with HTML pages and {LabelledCorpus.LabelsFileName}", DefaultValueFactory = _ => DefaultCorpus };
        var seconds = new Option<double>("--seconds") { Description = "Time per measurement, after warm-up", DefaultValueFactory = _ => 3 };
        var command = new Command("extraction", "Phones: visible_text layer, whole HTML pipeline and libphonenumber FindNumbers on one corpus") { corpus, seconds };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var directory = parse.GetValue(corpus)!;
            var usageError = Validate(directory, parse.GetValue(seconds));
            if (usageError is not null)
            {
                await error.WriteLineAsync($"leadintel bench extraction: {usageError}");
                return ExitUsage;
            }

            LabelledCorpus loaded;
            try
            {
                loaded = LabelledCorpus.Load(directory);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"leadintel bench extraction: corpus is broken: {ex.Message}");
                return ExitBadCorpus;
            }

            var result = ExtractionBenchmark.CreateDefault().Run(loaded, TimeSpan.FromSeconds(parse.GetValue(seconds)));
            await BenchReport.WriteAsync(result, parse.InvocationConfiguration.Output);
            return ExitOk;
        });
        return command;
    }

    internal static string? Validate(string corpus, double seconds)
    {
        if (!Directory.Exists(corpus))
        {
            return $"corpus directory '{corpus}' does not exist (run from the repository root or pass --corpus)";
        }

        if (!File.Exists(Path.Combine(corpus, LabelledCorpus.LabelsFileName)))
        {
            return $"'{corpus}' has no {LabelledCorpus.LabelsFileName}: not a labelled corpus";
        }

        return seconds is > 0 and <= 600 ? null : "--seconds must be more than 0 and at most 600";
    }
}
