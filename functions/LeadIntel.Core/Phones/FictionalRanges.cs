using PhoneNumbers;

namespace LeadIntel.Core.Phones;

/// <summary>
/// Ranges reserved for drama and examples. libphonenumber accepts them as valid, so they are flagged here
/// instead of silently dropped: a user sees the number and knows it is not real.
/// </summary>
public static class FictionalRanges
{
    public static bool Contains(PhoneNumber number)
    {
        var national = number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return number.CountryCode switch
        {
            // NANP: 555-0100 through 555-0199 in any area code.
            1 => national.Length == 10 && national.AsSpan(3, 5).SequenceEqual("55501"),
            // UK Ofcom drama ranges (London 020 7946 0xxx, mobile 07700 900xxx, ...).
            44 => national.StartsWith("2079460", StringComparison.Ordinal)
                || national.StartsWith("7700900", StringComparison.Ordinal)
                || national.StartsWith("1134960", StringComparison.Ordinal)
                || national.StartsWith("1632960", StringComparison.Ordinal)
                || national.StartsWith("8081570", StringComparison.Ordinal)
                || national.StartsWith("9098790", StringComparison.Ordinal),
            // Australia ACMA fiction ranges: 04 9165 4xxx? (mobile 0491 570 xxx) and 02 5550 xxxx / 03 7010 xxxx.
            61 => national.StartsWith("491570", StringComparison.Ordinal)
                || national.StartsWith("25550", StringComparison.Ordinal)
                || national.StartsWith("37010", StringComparison.Ordinal)
                || national.StartsWith("75550", StringComparison.Ordinal)
                || national.StartsWith("87010", StringComparison.Ordinal),
            // France, ARCEP: 01 99 00 xx xx is set aside for fiction.
            33 => national.StartsWith("19900", StringComparison.Ordinal) && national.Length == 9,
            _ => false,
        };
    }
}
