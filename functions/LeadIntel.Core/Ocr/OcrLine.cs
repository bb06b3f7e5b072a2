namespace LeadIntel.Core.Ocr;

/// <summary>A text line: its words in reading order, joined by single spaces in <see cref="Text"/>.</summary>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The union of the word boxes.</summary>
    public PixelBox Box { get; } = Words.Count == 0 ? default : Words.Skip(1).Aggregate(Words[0].Box, (box, w) => box.Union(w.Box));
}
