namespace LeadIntel.Core.Analytics;

/// <summary>Where calendar days of a time zone begin and end in UTC, daylight-saving gaps and overlaps included.</summary>
public static class LocalDays
{
    /// <summary>
    /// The first instant of <paramref name="date"/> in <paramref name="zone"/>. Where midnight falls in a
    /// spring-forward gap the day starts when the clocks resume; where it occurs twice, at its first occurrence.
    /// </summary>
    public static DateTime StartUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            // Gaps are whole quarter hours in every zone in use.
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The UTC instants [start, end) of an inclusive range of local dates.</summary>
    public static (DateTime Start, DateTime End) UtcBounds(DateRange range, TimeZoneInfo zone) =>
        (StartUtc(range.From, zone), StartUtc(range.To.AddDays(1), zone));

    /// <summary>The local calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>True when the zone's days are UTC days: no offset and no daylight saving.</summary>
    public static bool IsUtc(TimeZoneInfo zone) => zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
}
