namespace LeadIntel.Cli.Bench;

/// <summary>One timed measurement: how much input went through per second.</summary>
/// <param name="Name">What was timed (visible_text_text, visible_text_html, pipeline, findnumbers).</param>
/// <param name="Input">The input measured in bytes: <c>text</c> (body text) or <c>html</c> (the pages).</param>
/// <param name="BytesPerPass">UTF-8 bytes of one pass over the corpus.</param>
/// <param name="Seconds">Wall-clock time of the timed passes.</param>
/// <param name="CpuSeconds">Processor time the process used meanwhile: steadier than wall time when other work shares the cores.</param>
/// <param name="FoundPerPass">Phones (or matches) found in one pass: a check that the timed code did the work.</param>
public sealed record Throughput(string Name, string Input, long BytesPerPass, int PagesPerPass, int Passes, double Seconds, double CpuSeconds, int FoundPerPass)
{
    /// <summary>Megabytes (10^6 bytes) per wall-clock second.</summary>
    public double MegabytesPerSecond => BytesPerPass * (double)Passes / Seconds / 1e6;

    /// <summary>Megabytes (10^6 bytes) per second of processor time.</summary>
    public double MegabytesPerCpuSecond => BytesPerPass * (double)Passes / CpuSeconds / 1e6;

    public double PagesPerSecond => PagesPerPass * (double)Passes / Seconds;

    public double PagesPerCpuSecond => PagesPerPass * (double)Passes / CpuSeconds;
}
