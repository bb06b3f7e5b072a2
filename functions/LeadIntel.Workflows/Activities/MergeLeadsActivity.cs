using System.Text.Json;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="MergeLeadsActivity"/>.</summary>
public sealed record MergeLeadsRequest(string CampaignId, string UserId, CampaignFilters Filters);

/// <summary>
/// Fans in a campaign: reads every part blob, classifies, applies the filters, dedupes across platforms
/// and writes the campaign's <c>leads.json</c> and <c>leads.csv</c>. Idempotent: a re-run rewrites both.
/// </summary>
public sealed class MergeLeadsActivity(LeadBlobStore blobs) : TaskActivity<MergeLeadsRequest, MergeResult>
{
    public override async Task<MergeResult> RunAsync(TaskActivityContext context, MergeLeadsRequest input)
    {
        var parts = await blobs.ReadPartsAsync(input.UserId, input.CampaignId, CancellationToken.None);
        var classified = parts.Select(l => l with { Kind = LeadClassifier.Classify(l) }).ToList();
        var kept = classified.Where(l => LeadFilter.Keeps(l, input.Filters)).ToList();
        var deduped = LeadDeduplicator.Dedupe(kept);

        var json = LeadBlobPaths.Json(input.UserId, input.CampaignId);
        var csv = LeadBlobPaths.Csv(input.UserId, input.CampaignId);
        await blobs.UploadAsync(json, JsonSerializer.SerializeToUtf8Bytes(deduped.Leads, LeadIntelJson.Default.IReadOnlyListLead), "application/json", CancellationToken.None);
        await blobs.UploadAsync(csv, LeadCsv.Write(deduped.Leads), "text/csv", CancellationToken.None);
        return new MergeResult(deduped.Leads.Count, deduped.Duplicates, classified.Count - kept.Count, csv, json);
    }
}
