namespace LeadIntel.Cli.Bench;

/// <summary>What a <see cref="LiveViewerMeter"/> saw in its window.</summary>
/// <param name="FramesByTask">Frames received per task.</param>
/// <param name="FrameBytes">JPEG sizes, bytes.</param>
/// <param name="LatencyMs">Capture (Chrome's frame timestamp) to arrival at the client, ms.</param>
/// <param name="Pages">Pages the jobs finished reading (search and place pages).</param>
/// <param name="Leads">Leads the jobs completed.</param>
public sealed record LiveViewerFigures(IReadOnlyDictionary<string, int> FramesByTask, Distribution FrameBytes, Distribution LatencyMs, int Pages, int Leads);
