using System.Diagnostics;
using LeadIntel.Core.Ocr.Interop;

namespace LeadIntel.Core.Ocr;

/// <summary>
/// One Tesseract engine (a <c>TessBaseAPI</c> with its language data loaded). Creating one costs
/// ~200 ms, so engines are reused; an engine is not thread-safe: use one per concurrent caller
/// (<see cref="OcrEnginePool"/>).
/// </summary>
public sealed class OcrEngine : IDisposable
{
    private readonly TesseractHandle _handle;
    private readonly OcrEngineOptions _options;
    private int _busy;

    private OcrEngine(TesseractHandle handle, OcrEngineOptions options)
    {
        _handle = handle;
        _options = options;
    }

    /// <summary>The Tesseract library version, e.g. <c>5.3.0</c>.</summary>
    public static string NativeVersion
    {
        get
        {
            try
            {
                return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(TesseractApi.Version()) ?? "unknown";
            }
            catch (DllNotFoundException ex)
            {
                throw MissingLibrary(ex);
            }
        }
    }

    /// <summary>Loads the language data and returns a ready engine.</summary>
    /// <exception cref="OcrException">Language data or native libraries are missing.</exception>
    public static OcrEngine Create(OcrEngineOptions? options = null)
    {
        options ??= new OcrEngineOptions();
        var dataPath = options.ResolveDataPath();
        foreach (var language in options.Language.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            var file = Path.Combine(dataPath, language + ".traineddata");
            if (!File.Exists(file))
            {
                throw new OcrException(OcrFailure.MissingLanguageData, $"Tesseract language data '{file}' not found: install tesseract-ocr-{language} or set TESSDATA_PREFIX");
            }
        }

        TesseractHandle handle;
        try
        {
            handle = TesseractHandle.Create();
        }
        catch (DllNotFoundException ex)
        {
            throw MissingLibrary(ex);
        }

        try
        {
            // Tesseract prints progress and warnings ("Empty page!!") to stderr; callers get results and exceptions instead.
            _ = TesseractApi.SetVariable(handle, "debug_file", "/dev/null");
            if (TesseractApi.Init3(handle, dataPath, options.Language) != 0)
            {
                throw new OcrException(OcrFailure.MissingLanguageData, $"Tesseract could not load language '{options.Language}' from '{dataPath}'");
            }

            _ = TesseractApi.SetVariable(handle, "user_defined_dpi", options.AssumedDpi.ToString(System.Globalization.CultureInfo.InvariantCulture));
            TesseractApi.SetPageSegMode(handle, (int)options.PageSegMode);
            return new OcrEngine(handle, options);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Reads the text of a PNG, JPEG, GIF, TIFF, BMP or WebP image.</summary>
    /// <exception cref="OcrException">The bytes are not a decodable image, or it is too large.</exception>
    public OcrResult Recognize(ReadOnlySpan<byte> image)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException("An OcrEngine is not thread-safe: rent one per concurrent caller from OcrEnginePool.");
        }

        try
        {
            return RecognizeCore(image);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Reads the text of an image file.</summary>
    /// <exception cref="OcrException">The file is not a decodable image, or it is too large.</exception>
    public OcrResult RecognizeFile(string path) => Recognize(File.ReadAllBytes(path));

    public void Dispose() => _handle.Dispose();

    private OcrResult RecognizeCore(ReadOnlySpan<byte> image)
    {
        if (image.IsEmpty)
        {
            throw new OcrException(OcrFailure.UnreadableImage, "the image is empty");
        }

        using var pix = LeptonicaApi.Decode(image);
        if (pix.IsInvalid)
        {
            throw new OcrException(OcrFailure.UnreadableImage, $"not a readable image ({Describe(image)}): expected PNG, JPEG, GIF, TIFF, BMP or WebP");
        }

        var width = LeptonicaApi.GetWidth(pix);
        var height = LeptonicaApi.GetHeight(pix);
        if ((long)width * height > _options.MaxPixels)
        {
            throw new OcrException(OcrFailure.ImageTooLarge, $"the image is {width}x{height} pixels, over the {_options.MaxPixels} pixel limit");
        }

        var scale = UpscaleFactor(height);
        using var scaled = scale > 1 ? LeptonicaApi.Scaled(pix, scale) : null;
        if (scaled is { IsInvalid: true })
        {
            throw new OcrException(OcrFailure.RecognitionFailed, $"could not scale the {width}x{height} image");
        }

        try
        {
            TesseractApi.SetImage2(_handle, scaled ?? pix);
            var monitor = TesseractApi.MonitorCreate();
            try
            {
                TesseractApi.MonitorSetDeadlineMSecs(monitor, (int)Math.Min(int.MaxValue, _options.RecognizeTimeout.TotalMilliseconds));
                var started = Stopwatch.GetTimestamp();
                if (TesseractApi.Recognize(_handle, monitor) != 0)
                {
                    // Tesseract reports a passed deadline as a plain failure; the clock tells them apart.
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    throw elapsed >= _options.RecognizeTimeout * 0.9
                        ? new OcrException(OcrFailure.TimedOut, $"reading the {width}x{height} image took over {_options.RecognizeTimeout.TotalSeconds:0.#} s")
                        : new OcrException(OcrFailure.RecognitionFailed, $"Tesseract could not recognize the {width}x{height} image");
                }
            }
            finally
            {
                TesseractApi.MonitorDelete(monitor);
            }

            var text = TesseractApi.TakeText(TesseractApi.GetUtf8Text(_handle));
            return new OcrResult(text, ReadLines(scale), width, height);
        }
        finally
        {
            // Drops the image and results so the engine holds no per-image memory between calls.
            TesseractApi.Clear(_handle);
        }
    }

    /// <param name="scale">How much the image was enlarged: boxes are mapped back to the original's pixels.</param>
    private List<OcrLine> ReadLines(int scale)
    {
        var lines = new List<OcrLine>();
        var iterator = TesseractApi.GetIterator(_handle);
        if (iterator == IntPtr.Zero)
        {
            return lines;
        }

        try
        {
            var words = new List<OcrWord>();
            var page = TesseractApi.ResultIteratorGetPageIterator(iterator);
            do
            {
                if (TesseractApi.PageIteratorIsAtBeginningOf(page, TesseractApi.LevelTextLine) != 0 && words.Count > 0)
                {
                    lines.Add(new OcrLine(words));
                    words = [];
                }

                var text = TesseractApi.TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelWord)).Trim();
                if (text.Length == 0 || TesseractApi.PageIteratorBoundingBox(page, TesseractApi.LevelWord, out var left, out var top, out var right, out var bottom) == 0)
                {
                    continue;
                }

                var confidence = TesseractApi.ResultIteratorConfidence(iterator, TesseractApi.LevelWord);
                var box = PixelBox.FromEdges(left / scale, top / scale, (right + scale - 1) / scale, (bottom + scale - 1) / scale);
                words.Add(new OcrWord(text, box, confidence));
            }
            while (TesseractApi.ResultIteratorNext(iterator, TesseractApi.LevelWord) != 0);

            if (words.Count > 0)
            {
                lines.Add(new OcrLine(words));
            }
        }
        finally
        {
            TesseractApi.ResultIteratorDelete(iterator);
        }

        return lines;
    }

    private int UpscaleFactor(int height) =>
        height >= _options.UpscaleBelowHeight || height <= 0 ? 1 : Math.Min(4, (_options.UpscaleBelowHeight + height - 1) / height);

    private static string Describe(ReadOnlySpan<byte> image)
    {
        var head = image[..Math.Min(8, image.Length)];
        return $"{image.Length} bytes starting {Convert.ToHexString(head)}";
    }

    private static OcrException MissingLibrary(DllNotFoundException ex) =>
        new(OcrFailure.MissingNativeLibrary, $"Tesseract is not installed ({ex.Message}): apt-get install libtesseract5 tesseract-ocr-eng", ex);
}
