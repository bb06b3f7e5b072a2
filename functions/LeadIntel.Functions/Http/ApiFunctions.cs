using LeadIntel.Workflows.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Functions.Http;

/// <summary>
/// The HTTP API under HTTP triggers: the same routes and handlers as <c>leadintel up</c>
/// (<see cref="LeadIntelApi"/>), with the <c>[DurableClient]</c> binding as the client. Anonymous until
/// authentication lands; <c>X-User-Id</c> scopes the data meanwhile.
/// </summary>
public static class ApiFunctions
{
    [Function("CampaignsStart")]
    public static async Task<IActionResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "campaigns")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Commands(request).StartAsync(request, client, request.HttpContext.RequestAborted));

    [Function("ScraperStart")]
    public static async Task<IActionResult> ScraperStartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "scraper/start")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Commands(request).StartAsync(request, client, request.HttpContext.RequestAborted));

    [Function("CampaignsList")]
    public static async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "campaigns")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Queries(request).ListAsync(request, client, request.HttpContext.RequestAborted));

    [Function("CampaignsGet")]
    public static async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "campaigns/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Queries(request).GetAsync(request, id, client, request.HttpContext.RequestAborted));

    [Function("CampaignsLeads")]
    public static async Task<IActionResult> LeadsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "campaigns/{id}/leads")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Queries(request).LeadsAsync(request, id, client, request.HttpContext.RequestAborted));

    [Function("CampaignsStop")]
    public static async Task<IActionResult> StopAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "campaigns/{id}/stop")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Commands(request).StopAsync(request, id, client, request.HttpContext.RequestAborted));

    [Function("CampaignsPause")]
    public static async Task<IActionResult> PauseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "campaigns/{id}/pause")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Commands(request).PauseAsync(request, id, client, request.HttpContext.RequestAborted));

    [Function("CampaignsResume")]
    public static async Task<IActionResult> ResumeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "campaigns/{id}/resume")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Commands(request).ResumeAsync(request, id, client, request.HttpContext.RequestAborted));

    [Function("Health")]
    public static async Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Service(request).HealthAsync(client, request.HttpContext.RequestAborted));

    [Function("Metrics")]
    public static async Task<IActionResult> MetricsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "metrics")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new ApiActionResult(await Service(request).MetricsAsync(client, request.HttpContext.RequestAborted));

    private static CampaignCommands Commands(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<CampaignCommands>();

    private static CampaignQueries Queries(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<CampaignQueries>();

    private static ServiceQueries Service(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<ServiceQueries>();
}
