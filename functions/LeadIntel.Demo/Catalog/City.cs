namespace LeadIntel.Demo.Catalog;

/// <summary>A city the directory covers, with what is needed to invent plausible local businesses there.</summary>
/// <param name="Key">URL-safe key, e.g. <c>new-york</c>.</param>
/// <param name="CountryCode">ISO 3166 alpha-2, e.g. <c>CA</c>.</param>
/// <param name="RegionCode">State or province shown in addresses (empty where not used).</param>
/// <param name="Language">BCP 47 tag of the businesses' websites, e.g. <c>de-DE</c>.</param>
/// <param name="SearchTerms">Query phrases (lower case, no diacritics) that select this city; several words allowed.</param>
/// <param name="Scale">How many businesses relative to a city of scale 1.</param>
/// <param name="DomainSuffix">Top-level domain of invented websites, e.g. <c>.co.uk</c>.</param>
/// <param name="Streets">Real-sounding street names in local spelling.</param>
/// <param name="Districts">Neighbourhoods used in descriptions.</param>
public sealed record City(
    string Key,
    string Name,
    string CountryCode,
    string CountryName,
    string RegionCode,
    string Language,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> SearchTerms,
    double Scale,
    string DomainSuffix,
    string Currency,
    AddressStyle AddressStyle,
    IReadOnlyList<string> Streets,
    IReadOnlyList<string> Districts)
{
    /// <summary>The street line, number placed as the country writes it.</summary>
    public string StreetLine(int number, string street) =>
        AddressStyle == AddressStyle.Continental ? $"{street} {number}" : $"{number} {street}";

    /// <summary>The whole address on one line, as the country writes it.</summary>
    public string FormatAddress(string streetLine, string postalCode) => AddressStyle switch
    {
        AddressStyle.NorthAmerica => $"{streetLine}, {Name}, {RegionCode} {postalCode}",
        AddressStyle.Britain => $"{streetLine}, {Name} {postalCode}",
        AddressStyle.Australia => $"{streetLine}, {Name} {RegionCode} {postalCode}",
        _ => $"{streetLine}, {postalCode} {Name}",
    };
}
