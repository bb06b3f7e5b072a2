using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace LeadIntel.Core.Phones;

/// <summary>
/// The check a text candidate must pass: libphonenumber calls it valid, and a national number carries the national
/// prefix where the region writes one ("030 1234567", not "30 1234567" in Germany), as libphonenumber's matcher does.
/// </summary>
internal static partial class PhoneValidation
{
    private const int MaxPrefixRules = 4096;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<string> Regions = Util.GetSupportedRegions().ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Whether a national number without its prefix is acceptable depends only on the region's formatting rule for
    // the number, which its length and leading digits select; libphonenumber's check of it costs several µs.
    private static readonly ConcurrentDictionary<(int CountryCode, int Length, string Leading), bool> PrefixOptional = new();

    private static readonly ConcurrentDictionary<int, bool> PrefixNeverRequired = new();

    public static bool IsKnownRegion(string region) => Regions.Contains(region);

    public static bool TryValidate(string raw, string region, [NotNullWhen(true)] out PhoneNumber? number)
    {
        try
        {
            number = Util.Parse(raw, region);
        }
        catch (NumberParseException)
        {
            number = null;
            return false;
        }

        // IsValidNumber first works out which region a number belongs to, trying each region that shares the country
        // code (two dozen for +1); asking about the page's region first skips that search for most numbers.
        if (!Util.IsValidNumberForRegion(number, region) && !Util.IsValidNumber(number))
        {
            return false;
        }

        return raw.StartsWith('+') || number.CountryCode != Util.GetCountryCodeForRegion(region) || HasNationalPrefixIfRequired(number, raw, region);
    }

    /// <summary>True when no formatting rule of the country's main region insists on the national prefix (NANP, for one).</summary>
    private static bool NeverRequires(int countryCode)
    {
        var metadata = Util.GetMetadataForRegion(Util.GetRegionCodeForCountryCode(countryCode));
        return metadata is null || metadata.NumberFormatList.All(format =>
            string.IsNullOrEmpty(format.NationalPrefixFormattingRule)
            || format.NationalPrefixOptionalWhenFormatting
            || FirstGroupOnly().IsMatch(format.NationalPrefixFormattingRule));
    }

    // libphonenumber's FIRST_GROUP_ONLY_PREFIX_PATTERN: a rule that adds brackets at most, no prefix.
    [GeneratedRegex(@"^\(?\$(?:1|\{1\})\)?$")]
    private static partial Regex FirstGroupOnly();

    public static string E164(PhoneNumber number) => Util.Format(number, PhoneNumberFormat.E164);

    private static bool HasNationalPrefixIfRequired(PhoneNumber number, string raw, string region)
    {
        var prefix = Util.GetNddPrefixForRegion(region, true);
        if (string.IsNullOrEmpty(prefix) || PrefixNeverRequired.GetOrAdd(number.CountryCode, NeverRequires)
            || PhoneNumberUtil.NormalizeDigitsOnly(raw).StartsWith(prefix, StringComparison.Ordinal))
        {
            return true;
        }

        var national = Util.GetNationalSignificantNumber(number);
        var key = (number.CountryCode, national.Length, national[..Math.Min(6, national.Length)]);
        if (PrefixOptional.TryGetValue(key, out var optional))
        {
            return optional;
        }

        var written = new PhoneNumber.Builder().MergeFrom(number)
            .SetRawInput(raw)
            .SetCountryCodeSource(PhoneNumber.Types.CountryCodeSource.FROM_DEFAULT_COUNTRY)
            .Build();
        optional = PhoneNumberMatcher.IsNationalPrefixPresentIfRequired(written, Util);
        if (PrefixOptional.Count < MaxPrefixRules)
        {
            PrefixOptional[key] = optional;
        }

        return optional;
    }
}
