namespace LeadIntel.Cli.Bench;

/// <summary>What a <see cref="LiveViewerMeter"/> saw in its window.</summary>
/// <param name="FramesByTask">Frames received per task.</param>
/// <param name="FrameBytes">JPEG sizes, bytes.</param>
/// <param name="LatencyMs">Capture (Chrome's frame timestamp) to arrival at the client, ms.</param>
/// <param name="CaptureToSendMs">Capture to the worker handing the frame to SignalR, ms.</param>
/// <param name="SendToClientMs">Handed to SignalR to arrival at the client, ms.</param>
/// <param name="Pages">Pages the jobs finished reading (search and place pages).</param>
/// <param name="Leads">Leads the jobs completed.</param>
public sealed record LiveViewerFigures(IReadOnlyDictionary<string, int> FramesByTask, Distribution FrameBytes, Distribution LatencyMs, Distribution CaptureToSendMs, Distribution SendToClientMs, int Pages, int Leads);
