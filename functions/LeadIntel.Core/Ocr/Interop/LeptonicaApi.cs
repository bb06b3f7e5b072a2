using System.Runtime.InteropServices;

namespace LeadIntel.Core.Ocr.Interop;

/// <summary>The Leptonica calls needed to decode images for Tesseract (liblept.so.5).</summary>
internal static partial class LeptonicaApi
{
    /// <summary>L_SEVERITY_NONE: Leptonica otherwise prints decode errors for bad bytes to stderr; we report them as exceptions.</summary>
    private const int SeverityNone = 6;

    static LeptonicaApi()
    {
        OcrNativeLibraries.EnsureReady();
        _ = SetMsgSeverity(SeverityNone);
    }

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixReadMem")]
    public static unsafe partial IntPtr ReadMem(byte* data, nuint size);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixDestroy")]
    public static partial void Destroy(ref IntPtr pix);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixGetWidth")]
    public static partial int GetWidth(PixHandle pix);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixGetHeight")]
    public static partial int GetHeight(PixHandle pix);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixScale")]
    private static partial IntPtr Scale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "setMsgSeverity")]
    private static partial int SetMsgSeverity(int severity);

    /// <summary>A copy scaled by <paramref name="factor"/> (smoothed, so upscaled text keeps its shape).</summary>
    public static PixHandle Scaled(PixHandle pix, float factor) => new(Scale(pix, factor, factor));

    /// <summary>Decodes PNG, JPEG, GIF, TIFF, BMP, WebP or PNM bytes; an invalid handle when Leptonica cannot.</summary>
    public static unsafe PixHandle Decode(ReadOnlySpan<byte> image)
    {
        fixed (byte* data = image)
        {
            return new PixHandle(ReadMem(data, (nuint)image.Length));
        }
    }
}
