using System.CommandLine;
using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel bench browser [--pages 8] [--seconds 30] [--still]</c>: live view frame rate, frame size and
/// latency, memory per page and pages per minute of the browser worker on the platform replicas.
/// </summary>
public static class BenchBrowserCommand
{
    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "google_maps jobs (pages) run at once", DefaultValueFactory = _ => 8 };
        var seconds = new Option<double>("--seconds") { Description = "Measurement window, after every page has shown a frame", DefaultValueFactory = _ => 30 };
        var still = new Option<bool>("--still") { Description = "Use the still replica (frames only when a page changes) instead of the one with a moving map marker" };
        var command = new Command("browser", "Frames per second, frame size and latency to a SignalR viewer, memory per page and pages per minute of the browser worker") { pages, seconds, still };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(pages) is < 1 or > 32 || parse.GetValue(seconds) is < 4 or > 600)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("leadintel bench browser: --pages must be 1–32 and --seconds 4–600");
                return LeadIntelCommand.ExitUsage;
            }

            return await new BrowserBenchmark(parse.InvocationConfiguration.Output)
                .RunAsync(parse.GetValue(pages), TimeSpan.FromSeconds(parse.GetValue(seconds)), movingMap: !parse.GetValue(still), ct);
        });
        return command;
    }
}
