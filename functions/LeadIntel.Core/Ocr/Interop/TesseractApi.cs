using System.Runtime.InteropServices;

namespace LeadIntel.Core.Ocr.Interop;

/// <summary>The part of Tesseract's C API (capi.h, libtesseract.so.5) the OCR engine uses.</summary>
internal static partial class TesseractApi
{
    /// <summary>TessPageIteratorLevel.</summary>
    public const int LevelTextLine = 2;
    public const int LevelWord = 3;

    static TesseractApi() => OcrNativeLibraries.EnsureReady();

    /// <summary>Runs the static constructor: the resolver and OMP_THREAD_LIMIT are in place afterwards.</summary>
    public static void Touch()
    {
    }

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessVersion")]
    public static partial IntPtr Version();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPICreate")]
    public static partial IntPtr Create();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    public static partial void Delete(IntPtr handle);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIEnd")]
    public static partial void End(IntPtr handle);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init3(TesseractHandle handle, string? dataPath, string language);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVariable(TesseractHandle handle, string name, string value);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    public static partial void SetPageSegMode(TesseractHandle handle, int mode);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    public static partial void SetImage2(TesseractHandle handle, PixHandle pix);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    public static partial int Recognize(TesseractHandle handle, IntPtr monitor);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    public static partial IntPtr GetUtf8Text(TesseractHandle handle);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIClear")]
    public static partial void Clear(TesseractHandle handle);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessDeleteText")]
    public static partial void DeleteText(IntPtr text);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetIterator")]
    public static partial IntPtr GetIterator(TesseractHandle handle);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessResultIteratorDelete")]
    public static partial void ResultIteratorDelete(IntPtr iterator);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetPageIterator")]
    public static partial IntPtr ResultIteratorGetPageIterator(IntPtr iterator);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessResultIteratorNext")]
    public static partial int ResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetUTF8Text")]
    public static partial IntPtr ResultIteratorGetUtf8Text(IntPtr iterator, int level);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessResultIteratorConfidence")]
    public static partial float ResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    public static partial int PageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessPageIteratorBoundingBox")]
    public static partial int PageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorCreate")]
    public static partial IntPtr MonitorCreate();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorDelete")]
    public static partial void MonitorDelete(IntPtr monitor);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorSetDeadlineMSecs")]
    public static partial void MonitorSetDeadlineMSecs(IntPtr monitor, int deadline);

    /// <summary>Copies a Tesseract-allocated UTF-8 string and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            DeleteText(text);
        }
    }
}
