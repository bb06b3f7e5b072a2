namespace LeadIntel.Core.Phones;

/// <summary>Digit shapes that libphonenumber may accept but that are not phone numbers.</summary>
public enum NonPhoneKind
{
    None,
    Date,
    TimeRange,
    YearRange,
    ZipPlus4,
    IPv4,
    Decimal,
    Card,
    Isbn,
    Version,

    /// <summary>1.234.567 or 12,345,678: weak, a phone label overrides it.</summary>
    Thousands,

    /// <summary>A bare 10- or 13-digit value starting with 1 (Unix seconds or milliseconds): weak.</summary>
    Timestamp,

    /// <summary>A bare 8-digit yyyymmdd: weak.</summary>
    CompactDate,
}
