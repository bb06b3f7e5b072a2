namespace LeadIntel.Core.Ocr;

/// <summary>One word as Tesseract read it.</summary>
/// <param name="Box">Where it sits in the image, in pixels.</param>
/// <param name="Confidence">Tesseract's word confidence, 0..100.</param>
public sealed record OcrWord(string Text, PixelBox Box, float Confidence);
