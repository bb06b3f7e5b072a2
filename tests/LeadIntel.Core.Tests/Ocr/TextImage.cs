using SkiaSharp;

namespace LeadIntel.Core.Tests.Ocr;

/// <summary>Renders lines of text to an image for OCR tests, and says where each line was drawn.</summary>
internal static class TextImage
{
    /// <summary>From Debian's fonts-dejavu-core, loaded by path so rendering does not depend on fontconfig.</summary>
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>Black text on white, one line under the other starting at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    /// <returns>The encoded image and each line's ink bounds in image pixels.</returns>
    public static (byte[] Bytes, IReadOnlyList<SKRect> Lines) Render(
        IReadOnlyList<string> lines,
        int width = 900,
        int height = 200,
        float fontSize = 36,
        float left = 40,
        float top = 40,
        SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"font {FontPath} missing: apt-get install fonts-dejavu-core");
        using var font = new SKFont(typeface, fontSize);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        var bounds = new List<SKRect>();
        var baseline = top - font.Metrics.Ascent;
        foreach (var line in lines)
        {
            canvas.DrawText(line, left, baseline, SKTextAlign.Left, font, paint);
            font.MeasureText(line, out var ink);
            bounds.Add(new SKRect(left + ink.Left, baseline + ink.Top, left + ink.Right, baseline + ink.Bottom));
            baseline += font.Spacing * 1.5f;
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, 95);
        return (data.ToArray(), bounds);
    }
}
