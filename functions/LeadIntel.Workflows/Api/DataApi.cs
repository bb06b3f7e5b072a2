using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// The data routes (analytics, exports, archive restore) as minimal-API endpoints under <c>/api</c>. The Azure Functions app maps the
/// same routes to the same handlers.
/// </summary>
public static class DataApi
{
    public static RouteGroupBuilder MapDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/analytics/summary", (HttpRequest r, AnalyticsQueries q, CancellationToken ct) => q.SummaryAsync(r, ct));
        api.MapGet("/analytics/timeline", (HttpRequest r, AnalyticsQueries q, CancellationToken ct) => q.TimelineAsync(r, ct));
        api.MapGet("/analytics/compare", (HttpRequest r, AnalyticsQueries q, CancellationToken ct) => q.CompareAsync(r, ct));
        foreach (var route in AnalyticsQueries.Breakdowns.Keys)
        {
            api.MapGet($"/analytics/{route}", (HttpRequest r, AnalyticsQueries q, CancellationToken ct) => q.BreakdownAsync(r, route, ct));
        }

        api.MapGet("/exports", (HttpRequest r, ExportQueries q, CancellationToken ct) => q.ExportAsync(r, ct));
        api.MapPost("/archive/restore", (HttpRequest r, ArchiveCommands c, CancellationToken ct) => c.RestoreAsync(r, ct));
        return api;
    }
}
