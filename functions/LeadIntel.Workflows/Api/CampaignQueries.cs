using System.Text.Json;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace LeadIntel.Workflows.Api;

/// <summary>The API's reads: the caller's campaigns, one campaign with its progress, and its leads.</summary>
public sealed class CampaignQueries(CampaignTable campaigns, LeadBlobStore blobs)
{
    private const int ListReadConcurrency = 8;

    public async Task<IResult> ListAsync(HttpRequest request, DurableTaskClient client, CancellationToken ct)
    {
        if (UserScope.Resolve(request) is not { } user)
        {
            return UserScope.Invalid();
        }

        // Each entry carries its progress, as GET of one campaign does: a completed campaign's comes from its
        // output, others read their searches, a bounded number of campaigns at a time.
        var list = await campaigns.ListAsync(user, ct);
        using var slots = new SemaphoreSlim(ListReadConcurrency);
        var views = await Task.WhenAll(list.Select(async c =>
        {
            await slots.WaitAsync(ct);
            try
            {
                var instance = await client.GetInstanceAsync(c.Id, getInputsAndOutputs: true, ct);
                var (progress, errors) = await CampaignProgressReader.ReadAsync(client, c, instance, ct);
                return ToView(c, instance, progress, errors);
            }
            finally
            {
                slots.Release();
            }
        }));
        return Results.Json<IReadOnlyList<CampaignView>>(views, ApiJson.Default.IReadOnlyListCampaignView);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id, DurableTaskClient client, CancellationToken ct)
    {
        if (UserScope.Resolve(request) is not { } user)
        {
            return UserScope.Invalid();
        }

        if (await campaigns.GetAsync(user, id, ct) is not { } campaign)
        {
            return ApiProblems.NotFound(id);
        }

        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
        var (progress, errors) = await CampaignProgressReader.ReadAsync(client, campaign, instance, ct);
        return Results.Json(ToView(campaign, instance, progress, errors), ApiJson.Default.CampaignView);
    }

    /// <summary>
    /// The merged, deduped leads of a completed campaign; before that (or for a stopped or failed one)
    /// every lead written so far, not yet deduped.
    /// </summary>
    public async Task<IResult> LeadsAsync(HttpRequest request, string id, DurableTaskClient client, CancellationToken ct)
    {
        if (UserScope.Resolve(request) is not { } user)
        {
            return UserScope.Invalid();
        }

        var format = request.Query["format"].ToString() is { Length: > 0 } f ? f.ToLowerInvariant() : "json";
        if (format is not ("json" or "csv"))
        {
            return ApiProblems.BadRequest("format", "format must be csv or json.");
        }

        if (await campaigns.GetAsync(user, id, ct) is null)
        {
            return ApiProblems.NotFound(id);
        }

        var contentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        var instance = await client.GetInstanceAsync(id, ct);
        if (CampaignStatus.From(instance) == CampaignStatus.Completed)
        {
            var blob = format == "csv" ? LeadBlobPaths.Csv(user, id) : LeadBlobPaths.Json(user, id);
            if (await blobs.OpenReadAsync(blob, ct) is { } stream)
            {
                return Results.Stream(stream, contentType, format == "csv" ? $"{id}.csv" : null);
            }
        }

        var parts = await blobs.ReadPartsAsync(user, id, ct);
        var bytes = format == "csv" ? LeadCsv.Write(parts) : JsonSerializer.SerializeToUtf8Bytes(parts, LeadIntelJson.Default.IReadOnlyListLead);
        return Results.Bytes(bytes, contentType, format == "csv" ? $"{id}.csv" : null);
    }

    private static CampaignView ToView(CampaignRecord c, OrchestrationMetadata? instance, ProgressView? progress, IReadOnlyList<SearchError> errors)
    {
        var status = CampaignStatus.From(instance);
        var result = status == CampaignStatus.Completed ? instance?.ReadOutputAs<CampaignResult>() : null;
        return new CampaignView(
            c.Id,
            status,
            c.Queries,
            c.Platforms,
            c.MaxResults,
            c.Region,
            c.Filters,
            c.Enriching,
            c.CreatedAt,
            instance?.CreatedAt,
            instance?.LastUpdatedAt,
            CampaignStatus.IsTerminal(status) ? instance?.LastUpdatedAt : null,
            progress,
            errors,
            result?.Leads,
            result?.Duplicates,
            instance?.FailureDetails?.ErrorMessage,
            $"/api/campaigns/{c.Id}/leads");
    }
}
