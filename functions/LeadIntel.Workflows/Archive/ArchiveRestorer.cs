using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Workflows.Archive;

/// <summary>
/// Brings archived campaigns back to hot storage: every archived campaign of the user with a lead found in
/// the range gets its merged <c>leads.json</c> and <c>leads.csv</c> rewritten from the archive, byte for
/// byte as they were, in one streaming pass. The archive stays; the campaign is marked <c>restored</c> and
/// is archived again no sooner than <see cref="ArchiveOptions.RestoreHoldDays"/> later. Restoring twice
/// writes the same files again.
/// </summary>
public sealed class ArchiveRestorer(ArchiveTable archives, ArchiveStore store, LeadBlobStore blobs, TimeProvider clock)
{
    public async Task<RestoreResult> RestoreAsync(string user, DateRange range, TimeZoneInfo zone, CancellationToken ct)
    {
        var (start, end) = LocalDays.UtcBounds(range, zone);
        var due = new List<ArchiveRecord>();
        foreach (var state in new[] { ArchiveStates.Deleted, ArchiveStates.Restored })
        {
            await foreach (var record in archives.ListAsync(user, state, ct))
            {
                if (record.MinFoundAt is { } min && record.MaxFoundAt is { } max && min.UtcDateTime < end && max.UtcDateTime >= start)
                {
                    due.Add(record);
                }
            }
        }

        var restored = new List<RestoredCampaign>();
        foreach (var record in due.OrderBy(r => r.MinFoundAt))
        {
            var leads = await RestoreCampaignAsync(record, ct);
            await archives.PutAsync(record with { State = ArchiveStates.Restored, RestoredAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow() }, ct);
            restored.Add(new RestoredCampaign(record.Campaign, leads, record.Blob));
        }

        return new RestoreResult(range.From, range.To, restored.Sum(r => r.Leads), restored);
    }

    private async Task<long> RestoreCampaignAsync(ArchiveRecord record, CancellationToken ct)
    {
        var json = await OpenWriteAsync(LeadBlobPaths.Json(record.User, record.Campaign), "application/json", ct);
        var csv = await OpenWriteAsync(LeadBlobPaths.Csv(record.User, record.Campaign), "text/csv", ct);
        await using (json)
        await using (csv)
        {
            await using var jsonSink = new JsonLeadSink(json, array: true);
            await using var csvSink = new CsvLeadSink(csv, bom: false);
            long count = 0;
            await foreach (var lead in store.ReadLeadsAsync(record.Blob, ct))
            {
                await jsonSink.WriteAsync(lead, ct);
                await csvSink.WriteAsync(lead, ct);
                count++;
            }

            await jsonSink.CompleteAsync(ct);
            await csvSink.CompleteAsync(ct);
            return count;
        }
    }

    private Task<Stream> OpenWriteAsync(string blob, string contentType, CancellationToken ct) =>
        blobs.Container.GetBlockBlobClient(blob).OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, ct);
}
