using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Archive;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary><c>POST /api/archive/restore?from=&amp;to=[&amp;tz=]</c>: brings the caller's archived campaigns with leads in the range back.</summary>
public sealed class ArchiveCommands(ArchiveRestorer restorer)
{
    public async Task<IResult> RestoreAsync(HttpRequest http, CancellationToken ct)
    {
        if (UserScope.Resolve(http) is not { } user)
        {
            return UserScope.Invalid();
        }

        if (!AnalyticsRequestReader.TryZone(http, out var zone, out var zoneName))
        {
            return ApiProblems.BadRequest("tz", $"tz '{zoneName}' is not a known IANA time zone (for example Europe/Paris).");
        }

        foreach (var name in new[] { "from", "to" })
        {
            if (http.Query[name].ToString().Length == 0)
            {
                return ApiProblems.BadRequest(name, $"{name} is required, as YYYY-MM-DD.");
            }
        }

        if (!AnalyticsRequestReader.TryDate(http, "from", default, out var from))
        {
            return ApiProblems.BadRequest("from", "from must be a date as YYYY-MM-DD.");
        }

        if (!AnalyticsRequestReader.TryDate(http, "to", default, out var to))
        {
            return ApiProblems.BadRequest("to", "to must be a date as YYYY-MM-DD.");
        }

        if (from > to)
        {
            return ApiProblems.BadRequest("from", "from is after to.");
        }

        var result = await restorer.RestoreAsync(user, new DateRange(from, to), zone, ct);
        return Results.Json(result, ArchiveJson.Default.RestoreResult);
    }
}
