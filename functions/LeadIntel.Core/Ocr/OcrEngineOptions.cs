namespace LeadIntel.Core.Ocr;

/// <summary>How OCR engines are initialised and bounded.</summary>
public sealed class OcrEngineOptions
{
    /// <summary>Debian's tessdata folders, newest first; <c>TESSDATA_PREFIX</c> wins when set.</summary>
    public static readonly IReadOnlyList<string> DefaultDataPaths =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
    ];

    /// <summary>The folder holding <c>LANG.traineddata</c>; null picks <c>TESSDATA_PREFIX</c> or a Debian default.</summary>
    public string? DataPath { get; init; }

    /// <summary>Tesseract language(s), e.g. <c>eng</c> or <c>eng+deu</c>.</summary>
    public string Language { get; init; } = "eng";

    public OcrPageSegMode PageSegMode { get; init; } = OcrPageSegMode.Auto;

    /// <summary>Decoded images above this many pixels are refused (a 5 MB JPEG can decode to hundreds of MB).</summary>
    public long MaxPixels { get; init; } = 25_000_000;

    /// <summary>Recognition of one image is abandoned after this long (<see cref="OcrFailure.TimedOut"/>).</summary>
    public TimeSpan RecognizeTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Images shorter than this are scaled up (by a whole factor, at most 4) before reading: Tesseract
    /// misses text a few pixels high, as in phone numbers rendered as small inline images. 0 disables.
    /// </summary>
    public int UpscaleBelowHeight { get; init; } = 32;

    /// <summary>Web images carry no DPI; telling Tesseract 300 silences its guess and warning.</summary>
    public int AssumedDpi { get; init; } = 300;

    /// <summary>The tessdata folder to use: <see cref="DataPath"/>, else <c>TESSDATA_PREFIX</c>, else the first Debian default that exists.</summary>
    public string ResolveDataPath()
    {
        if (!string.IsNullOrEmpty(DataPath))
        {
            return DataPath;
        }

        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        if (!string.IsNullOrEmpty(prefix))
        {
            return prefix;
        }

        return DefaultDataPaths.FirstOrDefault(Directory.Exists) ?? DefaultDataPaths[0];
    }
}
