using System.ComponentModel.DataAnnotations;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>Live view settings. Bound from <c>LeadIntel:Live</c>.</summary>
public sealed class LiveOptions
{
    public const string Section = "LeadIntel:Live";

    /// <summary>SignalR hub path.</summary>
    public string HubPath { get; set; } = "/hubs/live";

    [Range(1, 100)]
    public int JpegQuality { get; set; } = 55;

    /// <summary>Frames are scaled down to fit this box (CSS px at scale 1).</summary>
    [Range(64, 4096)]
    public int MaxWidth { get; set; } = 1280;

    [Range(64, 4096)]
    public int MaxHeight { get; set; } = 800;

    /// <summary>Upper bound on frames sent per task; newer frames replace unsent ones.</summary>
    [Range(1, 60)]
    public int MaxFramesPerSecond { get; set; } = 10;
}
