using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// The HTTP API as minimal-API endpoints, for <c>leadintel up</c>. The Azure Functions app maps the same
/// routes to the same handlers, with its <c>[DurableClient]</c> binding in place of the injected client.
/// </summary>
public static class LeadIntelApi
{
    public static IEndpointRouteBuilder MapLeadIntelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/campaigns", (HttpRequest r, CampaignCommands c, DurableTaskClient d, CancellationToken ct) => c.StartAsync(r, d, ct));
        api.MapPost("/scraper/start", (HttpRequest r, CampaignCommands c, DurableTaskClient d, CancellationToken ct) => c.StartAsync(r, d, ct));
        api.MapGet("/campaigns", (HttpRequest r, CampaignQueries q, DurableTaskClient d, CancellationToken ct) => q.ListAsync(r, d, ct));
        api.MapGet("/campaigns/{id}", (HttpRequest r, string id, CampaignQueries q, DurableTaskClient d, CancellationToken ct) => q.GetAsync(r, id, d, ct));
        api.MapGet("/campaigns/{id}/leads", (HttpRequest r, string id, CampaignQueries q, DurableTaskClient d, CancellationToken ct) => q.LeadsAsync(r, id, d, ct));
        api.MapPost("/campaigns/{id}/stop", (HttpRequest r, string id, CampaignCommands c, DurableTaskClient d, CancellationToken ct) => c.StopAsync(r, id, d, ct));
        api.MapPost("/campaigns/{id}/pause", (HttpRequest r, string id, CampaignCommands c, DurableTaskClient d, CancellationToken ct) => c.PauseAsync(r, id, d, ct));
        api.MapPost("/campaigns/{id}/resume", (HttpRequest r, string id, CampaignCommands c, DurableTaskClient d, CancellationToken ct) => c.ResumeAsync(r, id, d, ct));
        api.MapGet("/health", (ServiceQueries s, DurableTaskClient d, CancellationToken ct) => s.HealthAsync(d, ct));
        api.MapGet("/metrics", (ServiceQueries s, DurableTaskClient d, CancellationToken ct) => s.MetricsAsync(d, ct));
        api.MapDataApi();
        return app;
    }
}
