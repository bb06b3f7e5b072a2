using System.Globalization;
using System.Text;

namespace LeadIntel.Cli.Bench;

/// <summary>Prints a <c>bench browser</c> run, each figure next to the issue's goal.</summary>
public static class BrowserBenchReport
{
    public static string Format(BrowserBenchFigures f)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        var v = f.Viewer;
        var fps = Enumerable.Range(1, f.Pages).Select(i => v.FramesByTask.GetValueOrDefault($"bench-{i}") / f.Seconds).ToList();
        var pssBefore = f.Before.PssBytes / 1048576.0;
        var pssDuring = f.During.Count == 0 ? double.NaN : f.During.Average(m => m.PssBytes) / 1048576.0;
        var rssDuring = f.During.Count == 0 ? double.NaN : f.During.Average(m => m.RssBytes) / 1048576.0;
        var perPage = (pssDuring - pssBefore) / f.Pages;
        var perPageRss = (rssDuring - f.Before.RssBytes / 1048576.0) / f.Pages;
        var pagesPerMinute = v.Pages / (f.Seconds / 60);
        var frameKb = v.FrameBytes.Mean / 1024;
        var frameP95Kb = v.FrameBytes.P95 / 1024;

        Line($"bench browser: {f.Pages} google_maps jobs at once on the {(f.MovingMap ? "moving-map" : "still")} replica, screencast {f.Live.MaxWidth}x{f.Live.MaxHeight} JPEG q{f.Live.JpegQuality}, at most {f.Live.MaxFramesPerSecond} fps per task");
        Line($"window {f.Seconds:0.0} s; load average before {f.LoadBefore}, after {f.LoadAfter}; pages open during the window {f.OpenPages.Mean:0.0} (min {f.OpenPages.Min:0})");
        Line($"frames per page    {fps.Average():0.0} fps mean (min {fps.Min():0.0}, max {fps.Max():0.0}), {v.FramesByTask.Values.Sum()} frames   goal >= 5 fps: {Verdict(fps.Average() >= 5)}");
        Line($"frame size         mean {frameKb:0.0} KB, p95 {frameP95Kb:0.0} KB                 goal < 60 KB: {Verdict(frameP95Kb < 60)} (p95)");
        Line($"capture to client  p50 {v.LatencyMs.P50:0} ms, p95 {v.LatencyMs.P95:0} ms, max {v.LatencyMs.Max:0} ms   goal p95 < 300 ms: {Verdict(v.LatencyMs.P95 < 300)}");
        Line($"  of which         capture to worker send p50 {v.CaptureToSendMs.P50:0} ms, p95 {v.CaptureToSendMs.P95:0} ms; send to client p50 {v.SendToClientMs.P50:0} ms, p95 {v.SendToClientMs.P95:0} ms");
        Line($"memory (PSS)       Chromium tree {pssBefore:0} MB with no page ({f.Before.Processes} processes), {pssDuring:0} MB during ({f.During.Count} samples) -> {perPage:0} MB per page   goal < 150 MB: {Verdict(perPage < 150)}");
        Line($"memory (RSS)       {f.Before.RssBytes / 1048576.0:0} MB -> {rssDuring:0} MB -> {perPageRss:0} MB per page (RSS counts shared pages once per process)");
        Line($"processor          Chromium {f.ChromiumCores:0.00} cores, worker and Playwright driver {f.WorkerCores:0.00} cores busy on average, of {Environment.ProcessorCount}");
        Line($"throughput         {v.Pages} pages read ({v.Leads} leads) -> {pagesPerMinute:0} pages/min per worker, {pagesPerMinute / f.Pages:0.0} per concurrent page");
        if (f.Errors.Count > 0)
        {
            Line($"errors             {f.Errors.Count}: {string.Join("; ", f.Errors.Take(3))}");
        }

        return text.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
