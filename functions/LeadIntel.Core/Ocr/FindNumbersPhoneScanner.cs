using PhoneNumbers;

namespace LeadIntel.Core.Ocr;

/// <summary>libphonenumber's matcher at VALID leniency (numbers that parse and are valid for their region).</summary>
public sealed class FindNumbersPhoneScanner : IPhoneTextScanner
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public IEnumerable<PhoneTextSpan> Scan(string text, string region) =>
        // maxTries counts candidates, not matches: anything smaller drops numbers late in long text.
        Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue)
            .Select(m => new PhoneTextSpan(m.Start, m.Length));
}
