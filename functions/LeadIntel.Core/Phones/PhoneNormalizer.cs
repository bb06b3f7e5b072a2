using PhoneNumbers;

namespace LeadIntel.Core.Phones;

/// <summary>
/// Parses and validates a phone string with libphonenumber. Only numbers libphonenumber calls valid
/// are accepted; the extension is kept apart from E.164.
/// </summary>
public static class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string raw, string region, out NormalizedPhone phone, string? extension = null)
    {
        phone = null!;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(raw, region);
        }
        catch (NumberParseException)
        {
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            return false;
        }

        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        var ext = number.HasExtension ? number.Extension : extension;
        var national = Util.Format(new PhoneNumber.Builder().MergeFrom(number).ClearExtension().Build(), PhoneNumberFormat.NATIONAL);
        var numberRegion = Util.GetRegionCodeForNumber(number) ?? region;
        phone = new NormalizedPhone(e164, national, string.IsNullOrEmpty(ext) ? null : ext, TypeName(Util.GetNumberType(number)), numberRegion, FictionalRanges.Contains(number));
        return true;
    }

    /// <summary>libphonenumber's type in snake case (mobile, fixed_line, toll_free, ...).</summary>
    public static string TypeName(PhoneNumberType type) => type switch
    {
        PhoneNumberType.FIXED_LINE => "fixed_line",
        PhoneNumberType.MOBILE => "mobile",
        PhoneNumberType.FIXED_LINE_OR_MOBILE => "fixed_line_or_mobile",
        PhoneNumberType.TOLL_FREE => "toll_free",
        PhoneNumberType.PREMIUM_RATE => "premium_rate",
        PhoneNumberType.SHARED_COST => "shared_cost",
        PhoneNumberType.VOIP => "voip",
        PhoneNumberType.PERSONAL_NUMBER => "personal_number",
        PhoneNumberType.PAGER => "pager",
        PhoneNumberType.UAN => "uan",
        PhoneNumberType.VOICEMAIL => "voicemail",
        _ => "unknown",
    };
}
