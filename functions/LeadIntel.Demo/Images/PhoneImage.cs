namespace LeadIntel.Demo.Images;

/// <summary>
/// Renders a phone number as a PNG, the way some directories hide numbers from text scrapers:
/// only OCR (or the business's own website) recovers it.
/// </summary>
public static class PhoneImage
{
    private const int Scale = 4;
    private const int Padding = 8;
    private const byte Ink = 0x22;
    private const byte Paper = 0xFF;

    public static byte[] Render(string text)
    {
        var advance = (PixelFont.Width + 1) * Scale;
        var width = (Padding * 2) + (text.Length * advance) - Scale;
        var height = (Padding * 2) + (PixelFont.Height * Scale);
        var pixels = new byte[width * height];
        Array.Fill(pixels, Paper);
        for (var i = 0; i < text.Length; i++)
        {
            for (var gy = 0; gy < PixelFont.Height; gy++)
            {
                for (var gx = 0; gx < PixelFont.Width; gx++)
                {
                    if (!PixelFont.IsInk(text[i], gx, gy))
                    {
                        continue;
                    }

                    var left = Padding + (i * advance) + (gx * Scale);
                    var top = Padding + (gy * Scale);
                    for (var dy = 0; dy < Scale; dy++)
                    {
                        Array.Fill(pixels, Ink, ((top + dy) * width) + left, Scale);
                    }
                }
            }
        }

        return PngEncoder.Grayscale(width, height, pixels);
    }
}
