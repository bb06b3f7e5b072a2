using LeadIntel.BrowserWorker.Live;

namespace LeadIntel.Cli.Bench;

/// <summary>Everything one <c>bench browser</c> run measured.</summary>
/// <param name="Pages">Jobs (pages) run at once.</param>
/// <param name="Seconds">Length of the measurement window.</param>
/// <param name="MovingMap">Whether the replica's map moved all the time (every frame changes).</param>
/// <param name="Before">The Chromium tree with the browser up and no page open.</param>
/// <param name="During">The Chromium tree sampled during the window.</param>
/// <param name="OpenPages">Pages leased at each memory sample.</param>
/// <param name="ChromiumCores">Processor time of the Chromium tree over the window, in cores kept busy.</param>
/// <param name="WorkerCores">The same for this process and the Playwright driver (the worker's side).</param>
public sealed record BrowserBenchFigures(
    int Pages,
    double Seconds,
    bool MovingMap,
    LiveOptions Live,
    LiveViewerFigures Viewer,
    ProcessMemory Before,
    IReadOnlyList<ProcessMemory> During,
    Distribution OpenPages,
    double ChromiumCores,
    double WorkerCores,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyList<string> Errors);
