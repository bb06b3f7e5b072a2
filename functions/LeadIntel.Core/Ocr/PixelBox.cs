namespace LeadIntel.Core.Ocr;

/// <summary>A rectangle in image pixels, origin top-left.</summary>
public readonly record struct PixelBox(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public static PixelBox FromEdges(int left, int top, int right, int bottom) =>
        new(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));

    /// <summary>The smallest box holding both.</summary>
    public PixelBox Union(PixelBox other) => FromEdges(
        Math.Min(Left, other.Left),
        Math.Min(Top, other.Top),
        Math.Max(Right, other.Right),
        Math.Max(Bottom, other.Bottom));
}
