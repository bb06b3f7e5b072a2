using System.Text.RegularExpressions;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Ocr;

/// <summary>Email addresses in OCR text (layer <c>ocr</c>); the aggregator validates them.</summary>
public static partial class OcrEmailReader
{
    public static IEnumerable<EmailHit> Find(OcrResult result, string? source = null, double confidence = 0.50)
    {
        foreach (var line in result.Lines)
        {
            foreach (Match match in Address().Matches(line.Text))
            {
                yield return new EmailHit(match.Value.TrimEnd('.'), ExtractionLayers.Ocr, confidence, ContextSnippet.Clean(line.Text), source);
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
