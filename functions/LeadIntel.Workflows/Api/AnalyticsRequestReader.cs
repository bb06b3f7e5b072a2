using System.Globalization;
using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Analytics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// Reads <c>period</c>, <c>from</c>, <c>to</c> (ISO dates, inclusive) and <c>tz</c> (IANA, default UTC) of an
/// analytics or export request. <c>to</c> defaults to today in that zone and <c>from</c> to the first day of
/// the period that holds <c>to</c>. Anything unusable is a 400 naming the field.
/// </summary>
public sealed class AnalyticsRequestReader(IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The request, or the problem to answer with instead.</summary>
    public (AnalyticsRequest? Request, IResult? Problem) Read(HttpRequest http, bool checkSpan = true)
    {
        if (UserScope.Resolve(http) is not { } user)
        {
            return (null, UserScope.Invalid());
        }

        var periodText = http.Query["period"].ToString();
        var period = AnalyticsPeriod.Daily;
        if (periodText.Length > 0 && !PeriodCalendar.TryParse(periodText, out period))
        {
            return (null, ApiProblems.BadRequest("period", "period must be daily, weekly or monthly."));
        }

        if (!TryZone(http, out var zone, out var zoneName))
        {
            return (null, ApiProblems.BadRequest("tz", $"tz '{zoneName}' is not a known IANA time zone (for example Europe/Paris)."));
        }

        var today = LocalDays.DateOf(clock.GetUtcNow(), zone);
        if (!TryDate(http, "to", today, out var to))
        {
            return (null, ApiProblems.BadRequest("to", "to must be a date as YYYY-MM-DD."));
        }

        if (!TryDate(http, "from", PeriodCalendar.BucketStart(to, period), out var from))
        {
            return (null, ApiProblems.BadRequest("from", "from must be a date as YYYY-MM-DD."));
        }

        if (from > to)
        {
            return (null, ApiProblems.BadRequest("from", $"from ({from.ToString(DateFormat, CultureInfo.InvariantCulture)}) is after to ({to.ToString(DateFormat, CultureInfo.InvariantCulture)})."));
        }

        var range = new DateRange(from, to);
        var max = options.Value.MaxSpanDays;
        if (checkSpan && range.Days > max)
        {
            return (null, ApiProblems.BadRequest("to", $"the range spans {range.Days} days; at most {max} are allowed."));
        }

        return (new AnalyticsRequest(user, period, range, zone, zoneName), null);
    }

    /// <summary>The <c>tz</c> parameter (UTC when absent) as a zone; false when it names none.</summary>
    public static bool TryZone(HttpRequest http, out TimeZoneInfo zone, out string zoneName)
    {
        zoneName = http.Query["tz"].ToString() is { Length: > 0 } tz ? tz : "UTC";
        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone!);
    }

    /// <summary>A <c>YYYY-MM-DD</c> parameter, or <paramref name="fallback"/> when absent; false when malformed.</summary>
    public static bool TryDate(HttpRequest http, string name, DateOnly fallback, out DateOnly date)
    {
        var text = http.Query[name].ToString();
        if (text.Length == 0)
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
