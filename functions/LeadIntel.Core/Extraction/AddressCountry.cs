using PhoneNumbers;

namespace LeadIntel.Core.Extraction;

/// <summary>Reads a postal address's country ("CA", "UK", "Germany") as a region libphonenumber knows.</summary>
public static class AddressCountry
{
    private static readonly HashSet<string> Supported = PhoneNumberUtil.GetInstance().GetSupportedRegions().ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB", ["USA"] = "US", ["United States"] = "US", ["United States of America"] = "US", ["Canada"] = "CA",
        ["United Kingdom"] = "GB", ["Great Britain"] = "GB", ["Germany"] = "DE", ["Deutschland"] = "DE", ["France"] = "FR",
        ["Australia"] = "AU", ["India"] = "IN", ["Brazil"] = "BR", ["Brasil"] = "BR", ["Japan"] = "JP", ["Österreich"] = "AT",
        ["Austria"] = "AT", ["Schweiz"] = "CH", ["Switzerland"] = "CH", ["Spain"] = "ES", ["España"] = "ES", ["Italy"] = "IT",
        ["Italia"] = "IT", ["Netherlands"] = "NL", ["Nederland"] = "NL", ["Mexico"] = "MX", ["México"] = "MX", ["Ireland"] = "IE",
        ["New Zealand"] = "NZ",
    };

    /// <summary>The region code, or null when the value names no region libphonenumber supports.</summary>
    public static string? ToRegion(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (Names.TryGetValue(trimmed, out var mapped))
        {
            return mapped;
        }

        return trimmed.Length == 2 && Supported.Contains(trimmed) ? trimmed.ToUpperInvariant() : null;
    }
}
