using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Ocr;

/// <summary>
/// The OCR phone layer: reads an image and yields a <see cref="PhoneHit"/> (layer <c>ocr</c>) for each
/// phone number on a text line, boxed by the union of the words that form it and with the line as context.
/// Numbers with a word Tesseract read with confidence under <c>minWordConfidence</c> (0..100) are dropped.
/// </summary>
public sealed class OcrPhoneReader(OcrEnginePool pool, IPhoneTextScanner? scanner = null, double confidence = 0.50, float minWordConfidence = 60)
{
    private readonly IPhoneTextScanner _scanner = scanner ?? new CandidatePhoneScanner();

    /// <summary>OCRs one image and returns its phone sightings.</summary>
    /// <param name="source">The image URL or file, written into evidence.</param>
    /// <exception cref="OcrException">The image cannot be decoded, or OCR cannot run here.</exception>
    public async Task<IReadOnlyList<PhoneHit>> ReadAsync(ReadOnlyMemory<byte> image, string region, string? source = null, CancellationToken ct = default)
    {
        var result = await pool.RecognizeAsync(image, ct).ConfigureAwait(false);
        return Find(result, region, source).ToList();
    }

    /// <summary>The phone sightings in an OCR result (no OCR runs here).</summary>
    public IEnumerable<PhoneHit> Find(OcrResult result, string region, string? source = null)
    {
        foreach (var line in result.Lines)
        {
            var text = OcrDigitRepair.Repair(line.Text);
            foreach (var span in _scanner.Scan(text, region))
            {
                var words = WordsIn(line, span);
                // A misread digit still makes a valid-looking number; Tesseract's doubt is the only hint.
                // Measured on 6-8 px renders: every misread number had a word under 60, correct reads none.
                if (words.Count == 0 || words.Min(w => w.Confidence) < minWordConfidence)
                {
                    continue;
                }

                var box = words.Skip(1).Aggregate(words[0].Box, (b, w) => b.Union(w.Box));
                yield return new PhoneHit(
                    text.Substring(span.Start, span.Length),
                    ExtractionLayers.Ocr,
                    confidence,
                    ContextSnippet.Clean(line.Text),
                    Box: ToBoundingBox(box, result.ImageWidth, result.ImageHeight),
                    Source: source);
            }
        }
    }

    /// <summary>Image pixels, plus the same box as fractions of the image (the image is the viewport).</summary>
    public static BoundingBox ToBoundingBox(PixelBox box, int imageWidth, int imageHeight) =>
        imageWidth <= 0 || imageHeight <= 0
            ? new BoundingBox(box.Left, box.Top, box.Width, box.Height)
            : new BoundingBox(
                box.Left,
                box.Top,
                box.Width,
                box.Height,
                (double)box.Left / imageWidth,
                (double)box.Top / imageHeight,
                (double)box.Width / imageWidth,
                (double)box.Height / imageHeight);

    private static List<OcrWord> WordsIn(OcrLine line, PhoneTextSpan span)
    {
        var words = new List<OcrWord>();
        var start = 0;
        foreach (var word in line.Words)
        {
            var end = start + word.Text.Length;
            if (end > span.Start && start < span.Start + span.Length)
            {
                words.Add(word);
            }

            start = end + 1;
        }

        return words;
    }
}
