using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace LeadIntel.Core.Phones;

/// <summary>
/// The check a text candidate must pass: libphonenumber calls it valid, and a national number carries the national
/// prefix where the region writes one ("030 1234567", not "30 1234567" in Germany), as libphonenumber's matcher does.
/// </summary>
internal static class PhoneValidation
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<string> Regions = Util.GetSupportedRegions().ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownRegion(string region) => Regions.Contains(region);

    public static bool TryValidate(string raw, string region, [NotNullWhen(true)] out PhoneNumber? number)
    {
        try
        {
            number = Util.ParseAndKeepRawInput(raw, region);
        }
        catch (NumberParseException)
        {
            number = null;
            return false;
        }

        return Util.IsValidNumber(number) && PhoneNumberMatcher.IsNationalPrefixPresentIfRequired(number, Util);
    }

    public static string E164(PhoneNumber number) => Util.Format(number, PhoneNumberFormat.E164);
}
