using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Ocr;

/// <summary>The shared phone candidate scanner, so OCR text gets the same precision rules as page text.</summary>
public sealed class CandidatePhoneScanner : IPhoneTextScanner
{
    public IEnumerable<PhoneTextSpan> Scan(string text, string region) =>
        PhoneCandidateScanner.Scan(text, region).Select(c => new PhoneTextSpan(c.Start, c.Length));
}
