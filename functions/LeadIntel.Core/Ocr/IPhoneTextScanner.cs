namespace LeadIntel.Core.Ocr;

/// <summary>Finds phone-number-looking spans in a line of text.</summary>
/// <remarks>The seam where OCR meets the phone matcher; tests pin spans through it.</remarks>
public interface IPhoneTextScanner
{
    IEnumerable<PhoneTextSpan> Scan(string text, string region);
}
