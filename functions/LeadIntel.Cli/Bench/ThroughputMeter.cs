using System.Diagnostics;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Times whole passes over a corpus: warms up first (so tiered JIT has optimized the hot code), then repeats passes
/// until the time budget is spent. A pass returns what it found, which both keeps the work from being optimized away
/// and lets the report show that every pass found the same.
/// </summary>
public sealed class ThroughputMeter(TimeSpan duration)
{
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(1);

    public Throughput Measure(string name, string input, long bytesPerPass, int pagesPerPass, Func<int> pass)
    {
        var found = pass();
        var warmUp = duration < MaxWarmUp ? duration : MaxWarmUp;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < warmUp)
        {
            pass();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var passes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        do
        {
            if (pass() != found)
            {
                throw new InvalidOperationException($"{name}: a pass found a different number of phones than the first one");
            }

            passes++;
        }
        while (clock.Elapsed < duration);

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new Throughput(name, input, bytesPerPass, pagesPerPass, passes, wall, cpu, found);
    }
}
