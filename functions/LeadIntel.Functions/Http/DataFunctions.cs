using LeadIntel.Workflows.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Functions.Http;

/// <summary>The data routes (analytics, exports, archive restore) under HTTP triggers, on the same handlers as <c>leadintel up</c> (<see cref="DataApi"/>).</summary>
public static class DataFunctions
{
    [Function("AnalyticsSummary")]
    public static async Task<IActionResult> SummaryAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/summary")] HttpRequest request) =>
        new ApiActionResult(await Analytics(request).SummaryAsync(request, request.HttpContext.RequestAborted));

    [Function("AnalyticsTimeline")]
    public static async Task<IActionResult> TimelineAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/timeline")] HttpRequest request) =>
        new ApiActionResult(await Analytics(request).TimelineAsync(request, request.HttpContext.RequestAborted));

    [Function("AnalyticsCompare")]
    public static async Task<IActionResult> CompareAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/compare")] HttpRequest request) =>
        new ApiActionResult(await Analytics(request).CompareAsync(request, request.HttpContext.RequestAborted));

    [Function("AnalyticsPlatforms")]
    public static Task<IActionResult> PlatformsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/platforms")] HttpRequest request) =>
        BreakdownAsync(request, "platforms");

    [Function("AnalyticsCategories")]
    public static Task<IActionResult> CategoriesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/categories")] HttpRequest request) =>
        BreakdownAsync(request, "categories");

    [Function("AnalyticsLayers")]
    public static Task<IActionResult> LayersAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/layers")] HttpRequest request) =>
        BreakdownAsync(request, "layers");

    [Function("AnalyticsRegions")]
    public static Task<IActionResult> RegionsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/regions")] HttpRequest request) =>
        BreakdownAsync(request, "regions");

    [Function("AnalyticsPhoneTypes")]
    public static Task<IActionResult> PhoneTypesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics/phone-types")] HttpRequest request) =>
        BreakdownAsync(request, "phone-types");

    [Function("Exports")]
    public static async Task<IActionResult> ExportsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exports")] HttpRequest request) =>
        new ApiActionResult(await request.HttpContext.RequestServices.GetRequiredService<ExportQueries>().ExportAsync(request, request.HttpContext.RequestAborted));

    [Function("ArchiveRestore")]
    public static async Task<IActionResult> RestoreAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "archive/restore")] HttpRequest request) =>
        new ApiActionResult(await request.HttpContext.RequestServices.GetRequiredService<ArchiveCommands>().RestoreAsync(request, request.HttpContext.RequestAborted));

    private static async Task<IActionResult> BreakdownAsync(HttpRequest request, string route) =>
        new ApiActionResult(await Analytics(request).BreakdownAsync(request, route, request.HttpContext.RequestAborted));

    private static AnalyticsQueries Analytics(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<AnalyticsQueries>();
}
