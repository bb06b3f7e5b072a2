using System.Globalization;
using System.Text.Json;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Leads;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>
/// Reads a written archive back: its SHA-256 and size must match what was recorded, and its leads must equal
/// the hot leads one for one. Only then is it listed in the month's manifest and marked <c>verified</c>,
/// which is what allows the hot copy to be deleted.
/// </summary>
public sealed class VerifyArchiveActivity(CampaignLeadReader leads, ArchiveStore store, ArchiveTable archives, TimeProvider clock)
    : TaskActivity<ArchiveCandidate, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ArchiveCandidate input)
    {
        var record = await archives.GetAsync(input.User, input.Campaign, CancellationToken.None);
        if (record?.State is ArchiveStates.Verified or ArchiveStates.Deleted)
        {
            return true;
        }

        if (record?.State != ArchiveStates.Written || await store.HashAsync(record.Blob, CancellationToken.None) is not { } stored
            || stored.Sha256 != record.Sha256 || stored.Bytes != record.Bytes)
        {
            return false;
        }

        await using var hot = leads.ReadAsync(input.User, input.Campaign, CancellationToken.None).GetAsyncEnumerator();
        long rows = 0;
        await foreach (var archived in store.ReadLeadsAsync(record.Blob, CancellationToken.None))
        {
            if (!await hot.MoveNextAsync() || Json(hot.Current) != Json(archived))
            {
                return false;
            }

            rows++;
        }

        if (await hot.MoveNextAsync() || rows != record.Rows)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var month = input.CreatedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var entry = new ArchiveManifestEntry(input.Campaign, record.Blob, record.Rows, record.Bytes, record.Sha256, record.MinFoundAt, record.MaxFoundAt, now);
        await store.UpdateManifestAsync(ArchiveBlobPaths.ManifestOf(record.Blob), input.User, month, m => m.With(entry), CancellationToken.None);
        await archives.PutAsync(record with { State = ArchiveStates.Verified, UpdatedAt = now }, CancellationToken.None);
        return true;
    }

    private static string Json(Core.Model.Lead lead) => JsonSerializer.Serialize(lead, LeadIntelJson.Default.Lead);
}
