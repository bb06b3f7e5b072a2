using LeadIntel.Workflows.Exports;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// Reads <c>GET /api/exports</c>: <c>format=csv|json|ndjson|xlsx</c> (csv), <c>json=array|ndjson</c> (array),
/// <c>bom=true|false</c>, optional <c>from</c>/<c>to</c> dates of <c>found_at</c> in <c>tz</c> (inclusive, each
/// side open when absent), <c>campaign</c> and <c>platform</c>. Anything unusable is a 400 naming the field.
/// </summary>
public static class ExportRequestReader
{
    public static (ExportRequest? Request, IResult? Problem) Read(HttpRequest http)
    {
        if (UserScope.Resolve(http) is not { } user)
        {
            return (null, UserScope.Invalid());
        }

        var shape = http.Query["json"].ToString().ToLowerInvariant();
        if (shape is not ("" or "array" or "ndjson"))
        {
            return (null, ApiProblems.BadRequest("json", "json must be array or ndjson."));
        }

        ExportFormat? format = http.Query["format"].ToString().ToLowerInvariant() switch
        {
            "" or "csv" => ExportFormat.Csv,
            "json" => shape == "ndjson" ? ExportFormat.Ndjson : ExportFormat.JsonArray,
            "ndjson" => ExportFormat.Ndjson,
            "xlsx" => ExportFormat.Xlsx,
            _ => null,
        };
        if (format is null)
        {
            return (null, ApiProblems.BadRequest("format", "format must be csv, json, ndjson or xlsx."));
        }

        var bomText = http.Query["bom"].ToString();
        if (bomText.Length > 0 && !bool.TryParse(bomText, out _))
        {
            return (null, ApiProblems.BadRequest("bom", "bom must be true or false."));
        }

        if (!AnalyticsRequestReader.TryZone(http, out var zone, out var zoneName))
        {
            return (null, ApiProblems.BadRequest("tz", $"tz '{zoneName}' is not a known IANA time zone (for example Europe/Paris)."));
        }

        if (!TryOptionalDate(http, "from", out var from))
        {
            return (null, ApiProblems.BadRequest("from", "from must be a date as YYYY-MM-DD."));
        }

        if (!TryOptionalDate(http, "to", out var to))
        {
            return (null, ApiProblems.BadRequest("to", "to must be a date as YYYY-MM-DD."));
        }

        if (from > to)
        {
            return (null, ApiProblems.BadRequest("from", "from is after to."));
        }

        var campaign = http.Query["campaign"].ToString() is { Length: > 0 } c ? c : null;
        var platform = http.Query["platform"].ToString() is { Length: > 0 } p ? p.ToLowerInvariant() : null;
        return (new ExportRequest(user, format.Value, from, to, zone, campaign, platform, bomText.Equals("true", StringComparison.OrdinalIgnoreCase)), null);
    }

    private static bool TryOptionalDate(HttpRequest http, string name, out DateOnly? date)
    {
        date = null;
        if (http.Query[name].ToString().Length == 0)
        {
            return true;
        }

        if (!AnalyticsRequestReader.TryDate(http, name, default, out var value))
        {
            return false;
        }

        date = value;
        return true;
    }
}
