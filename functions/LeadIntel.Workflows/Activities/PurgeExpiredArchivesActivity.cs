using LeadIntel.Workflows.Archive;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="PurgeExpiredArchivesActivity"/>: archives whose newest lead is older than <paramref name="Before"/>.</summary>
public sealed record PurgeExpiredArchivesRequest(DateTimeOffset Before, string? User);

/// <summary>
/// The retention policy: deletes archive files past it, takes them out of their manifest and records them
/// <c>purged</c>. Each step is idempotent, so a cut-off run is finished by the next.
/// </summary>
public sealed class PurgeExpiredArchivesActivity(ArchiveStore store, ArchiveTable archives, TimeProvider clock) : TaskActivity<PurgeExpiredArchivesRequest, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, PurgeExpiredArchivesRequest input)
    {
        var purged = 0;
        await foreach (var record in archives.OlderThanAsync(ArchiveStates.Deleted, input.Before, input.User, CancellationToken.None))
        {
            await store.UpdateManifestAsync(ArchiveBlobPaths.ManifestOf(record.Blob), record.User, "", m => m.Without(record.Campaign), CancellationToken.None);
            await store.DeleteAsync(record.Blob, CancellationToken.None);
            await archives.PutAsync(record with { State = ArchiveStates.Purged, UpdatedAt = clock.GetUtcNow() }, CancellationToken.None);
            purged++;
        }

        return purged;
    }
}
