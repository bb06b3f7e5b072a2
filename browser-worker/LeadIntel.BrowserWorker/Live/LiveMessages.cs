namespace LeadIntel.BrowserWorker.Live;

/// <summary>A screencast frame: base64 JPEG, its size in pixels, capture time (Unix ms) and the page's scroll offsets then.</summary>
public sealed record LiveFrame(string Job, string Data, int Width, int Height, long Ts, double ScrollX, double ScrollY, string? Page = null);

/// <summary>A phone found on the page being shown (<paramref name="Page"/>), with where it is drawn.</summary>
public sealed record LivePhone(string E164, string Type, double Confidence, IReadOnlyList<string> Layers, string Context, LiveBox? Box, string Page);

/// <summary>CSS px in the document, and normalized to the viewport (0..1) at the time it was located.</summary>
public sealed record LiveBox(double X, double Y, double Width, double Height, double NormX, double NormY, double NormWidth, double NormHeight);

/// <summary>A job's counters.</summary>
public sealed record LiveProgress(string Job, int Found, int Processed, int Leads, int Phones, int Errors);

/// <summary>A line of a job's log.</summary>
public sealed record LiveLog(string Job, string Message, long Ts);

/// <summary>Names of the events clients receive.</summary>
public static class LiveEvents
{
    public const string Frame = "frame";
    public const string Phones = "phones";
    public const string Lead = "lead";
    public const string Progress = "progress";
    public const string Log = "log";
}
