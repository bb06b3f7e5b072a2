using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// The API's state changes: start, stop (terminate), pause (suspend) and resume. A state change reaches
/// the campaign and its unfinished searches, so a paused campaign stops reading listings at once.
/// </summary>
public sealed class CampaignCommands(CampaignBodyReader reader, CampaignTable campaigns, IOptions<CampaignOptions> fanOut)
{
    public async Task<IResult> StartAsync(HttpRequest request, DurableTaskClient client, CancellationToken ct)
    {
        if (UserScope.Resolve(request) is not { } user)
        {
            return UserScope.Invalid();
        }

        var (campaign, problem) = await reader.ReadAsync(request, user, ct);
        if (campaign is null)
        {
            return problem!;
        }

        // Metadata first: a campaign listed before its orchestration shows as pending, never the reverse.
        await campaigns.UpsertAsync(campaign, ct);
        var input = new CampaignRequest(campaign.Id, user, campaign.Queries, campaign.Platforms, campaign.MaxResults, campaign.Region, campaign.Filters, fanOut.Value, campaign.Enriching);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(CampaignOrchestrator), input, new StartOrchestrationOptions(campaign.Id), ct);

        var status = $"/api/campaigns/{campaign.Id}";
        request.HttpContext.Response.Headers.Location = status;
        return Results.Json(
            new CampaignCreated(campaign.Id, CampaignStatus.Pending, status, status + "/leads"),
            ApiJson.Default.CampaignCreated,
            statusCode: StatusCodes.Status202Accepted);
    }

    public Task<IResult> StopAsync(HttpRequest request, string id, DurableTaskClient client, CancellationToken ct) =>
        ChangeAsync(request, id, client, "stopped", s => !CampaignStatus.IsTerminal(s), (c, i) => c.TerminateInstanceAsync(i, cancellation: ct), ct);

    public Task<IResult> PauseAsync(HttpRequest request, string id, DurableTaskClient client, CancellationToken ct) =>
        ChangeAsync(request, id, client, "paused", s => s is CampaignStatus.Running or CampaignStatus.Pending, (c, i) => c.SuspendInstanceAsync(i, "paused by user", ct), ct);

    public Task<IResult> ResumeAsync(HttpRequest request, string id, DurableTaskClient client, CancellationToken ct) =>
        ChangeAsync(request, id, client, "resumed", s => s is CampaignStatus.Paused, (c, i) => c.ResumeInstanceAsync(i, "resumed by user", ct), ct);

    private async Task<IResult> ChangeAsync(
        HttpRequest request, string id, DurableTaskClient client, string action, Func<string, bool> allowed, Func<DurableTaskClient, string, Task> change, CancellationToken ct)
    {
        if (UserScope.Resolve(request) is not { } user)
        {
            return UserScope.Invalid();
        }

        if (await campaigns.GetAsync(user, id, ct) is not { } campaign)
        {
            return ApiProblems.NotFound(id);
        }

        var instance = await client.GetInstanceAsync(id, ct);
        var status = CampaignStatus.From(instance);
        if (instance is null || !allowed(status))
        {
            return ApiProblems.Conflict(id, status, action);
        }

        await change(client, id);
        for (var i = 0; i < campaign.SearchCount; i++)
        {
            var childId = SearchOrchestrator.InstanceId(id, i);
            var child = await client.GetInstanceAsync(childId, ct);
            if (child is not null && allowed(CampaignStatus.From(child)))
            {
                await change(client, childId);
            }
        }

        return Results.Json(new CampaignChanged(id, action, $"/api/campaigns/{id}"), ApiJson.Default.CampaignChanged, statusCode: StatusCodes.Status202Accepted);
    }
}
