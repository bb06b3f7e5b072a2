using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using LeadIntel.Demo.Images;

namespace LeadIntel.Demo.Tests.Images;

public class PhoneImageTests
{
    [Fact]
    public void Writes_a_png_whose_pixels_spell_the_number()
    {
        const string text = "(416) 555-0123";

        var (width, height, pixels) = Decode(PhoneImage.Render(text));

        // 4× scale, 8 px padding, 6-column advance per character.
        Assert.Equal(16 + (text.Length * 24) - 4, width);
        Assert.Equal(16 + 28, height);
        for (var i = 0; i < text.Length; i++)
        {
            for (var gy = 0; gy < PixelFont.Height; gy++)
            {
                for (var gx = 0; gx < PixelFont.Width; gx++)
                {
                    // Sample the middle of each 4×4 cell.
                    var pixel = pixels[((8 + (gy * 4) + 2) * width) + 8 + (i * 24) + (gx * 4) + 2];
                    Assert.Equal(PixelFont.IsInk(text[i], gx, gy), pixel < 128);
                }
            }
        }
    }

    [Fact]
    public void Same_text_gives_the_same_bytes() =>
        Assert.Equal(PhoneImage.Render("+44 20 7946 0123"), PhoneImage.Render("+44 20 7946 0123"));

    private static (int Width, int Height, byte[] Pixels) Decode(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * (width + 1)]);
            Array.Copy(rows, (y * (width + 1)) + 1, pixels, y * width, width);
        }

        return (width, height, pixels);
    }
}
