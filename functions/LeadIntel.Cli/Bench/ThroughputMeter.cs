using System.Diagnostics;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Times whole passes over a corpus: warms up first (so tiered JIT has optimized the hot code), then repeats passes
/// until the time budget is spent. A pass returns what it found, which both keeps the work from being optimized away
/// and lets the meter check that every pass found the same.
/// </summary>
public sealed class ThroughputMeter(TimeSpan duration)
{
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(1);

    // Untimed preparation can cost more than the timed pass; past this many budgets the meter stops with what it has.
    private const int MaxBudgetsIncludingPreparation = 5;

    public Throughput Measure(string name, string input, long bytesPerPass, int pagesPerPass, Func<int> pass) =>
        Measure(name, input, bytesPerPass, pagesPerPass, () => 0, _ => pass());

    /// <summary>
    /// Times <paramref name="pass"/> only; <paramref name="prepare"/> runs before each pass, untimed. Layers cache
    /// per-page work (the visible text of a parsed page), so a layer is timed on freshly parsed pages every pass.
    /// </summary>
    public Throughput Measure<T>(string name, string input, long bytesPerPass, int pagesPerPass, Func<T> prepare, Func<T, int> pass)
    {
        var found = pass(prepare());
        var warmUp = duration < MaxWarmUp ? duration : MaxWarmUp;
        var total = Stopwatch.StartNew();
        while (total.Elapsed < warmUp)
        {
            pass(prepare());
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var timed = new Stopwatch();
        var cpu = TimeSpan.Zero;
        var passes = 0;
        total.Restart();
        do
        {
            var state = prepare();
            var cpuBefore = process.TotalProcessorTime;
            timed.Start();
            var result = pass(state);
            timed.Stop();
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            if (result != found)
            {
                throw new InvalidOperationException($"{name}: a pass found a different number of phones than the first one");
            }

            passes++;
        }
        while (timed.Elapsed < duration && total.Elapsed < duration * MaxBudgetsIncludingPreparation);

        return new Throughput(name, input, bytesPerPass, pagesPerPass, passes, timed.Elapsed.TotalSeconds, cpu.TotalSeconds, found);
    }
}
