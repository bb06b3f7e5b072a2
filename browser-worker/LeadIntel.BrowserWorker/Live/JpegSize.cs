namespace LeadIntel.BrowserWorker.Live;

/// <summary>Reads a JPEG's pixel size from its start-of-frame header.</summary>
public static class JpegSize
{
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> jpeg)
    {
        var i = 2;
        while (i + 9 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            // SOF0..SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            }

            i += 2 + length;
        }

        return null;
    }
}
