using System.Globalization;
using System.Text.Json;

namespace LeadIntel.Cli.Bench;

/// <summary>Prints a bench result as a small table for people and one JSON line for scripts (the last line).</summary>
public static class BenchReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteAsync(ExtractionBenchResult result, TextWriter output)
    {
        await output.WriteLineAsync($"corpus    {result.Corpus}: {result.Stats}");
        await output.WriteLineAsync(string.Create(Invariant, $"build     {result.Build}, {result.SecondsPerMeasure:0.###} s per measure after warm-up, MB = 10^6 UTF-8 bytes, cpu = process processor time"));
        if (result.Build != "Release")
        {
            await output.WriteLineAsync("warning   Debug build: run with -c Release for comparable figures");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("throughput                          input   MB/s wall    MB/s cpu  pages/s cpu   passes   found/pass");
        await WriteThroughputAsync(output, "scanner alone, body text", result.Scanner);
        await WriteThroughputAsync(output, "visible_text layer, body text", result.VisibleTextOnText);
        await WriteThroughputAsync(output, "visible_text layer, HTML", result.VisibleTextOnHtml);
        await WriteThroughputAsync(output, "HTML parse only", result.Parse);
        await WriteThroughputAsync(output, "pipeline (parse+layers+aggregate)", result.Pipeline);
        await WriteThroughputAsync(output, "FindNumbers VALID, body text", result.FindNumbers);
        await output.WriteLineAsync();
        await output.WriteLineAsync("accuracy                  precision   recall       F1     TP     FP     FN   negative hits");
        await WriteAccuracyAsync(output, "pipeline phones", result.PipelinePhones, result.PipelineNegativeHits.ToString(Invariant));
        await WriteAccuracyAsync(output, "pipeline emails", result.PipelineEmails, "");
        await WriteAccuracyAsync(output, "FindNumbers phones", result.FindNumbersPhones, result.FindNumbersNegativeHits.ToString(Invariant));
        await output.WriteLineAsync();
        var layerRatio = result.VisibleTextSpeedup is { } r ? r.ToString("0.00", Invariant) + "x" : "n/a (no visible_text layer registered)";
        await output.WriteLineAsync(string.Create(Invariant, $"speed     scanner vs FindNumbers on the same text strings (cpu MB/s): {result.ScannerSpeedup:0.00}x"));
        await output.WriteLineAsync($"speed     visible_text layer (reader+scanner on a parsed page) vs FindNumbers on the same text (cpu MB/s): {layerRatio}");
        await output.WriteLineAsync(string.Create(Invariant, $"speed     pipeline on HTML vs FindNumbers on ready text (cpu pages/s): {result.PipelineSpeedup:0.00}x"));
        await output.WriteLineAsync(JsonSerializer.Serialize(result, BenchJson.Default.ExtractionBenchResult));
    }

    private static Task WriteThroughputAsync(TextWriter output, string label, Throughput? t) => output.WriteLineAsync(t is null
        ? $"{label,-35} {"",-5} {"n/a (no visible_text layer registered)"}"
        : string.Create(Invariant, $"{label,-35} {t.Input,-5} {t.MegabytesPerSecond,11:0.00} {t.MegabytesPerCpuSecond,11:0.00} {t.PagesPerCpuSecond,12:0.0} {t.Passes,8} {t.FoundPerPass,12}"));

    private static Task WriteAccuracyAsync(TextWriter output, string label, AccuracyFigures a, string negativeHits) => output.WriteLineAsync(
        string.Create(Invariant, $"{label,-25} {a.Precision,9:0.000} {a.Recall,8:0.000} {a.F1,8:0.000} {a.TruePositives,6} {a.FalsePositives,6} {a.FalseNegatives,6} {negativeHits,15}"));
}
