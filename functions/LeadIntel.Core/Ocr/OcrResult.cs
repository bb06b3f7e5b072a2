namespace LeadIntel.Core.Ocr;

/// <summary>What OCR read from one image.</summary>
/// <param name="Text">Tesseract's plain-text rendering (lines and paragraphs as laid out).</param>
/// <param name="Lines">The text lines with their word boxes, in reading order.</param>
/// <param name="ImageWidth">The decoded image's width in pixels.</param>
/// <param name="ImageHeight">The decoded image's height in pixels.</param>
public sealed record OcrResult(string Text, IReadOnlyList<OcrLine> Lines, int ImageWidth, int ImageHeight)
{
    /// <summary>Every word of every line, in reading order.</summary>
    public IEnumerable<OcrWord> Words => Lines.SelectMany(l => l.Words);
}
