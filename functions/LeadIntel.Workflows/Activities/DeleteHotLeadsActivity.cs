using Azure.Storage.Blobs.Models;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>
/// Deletes a campaign's hot blobs (parts, listings, merged files), only once its archive is verified, then
/// records it <c>deleted</c>. Deleting is idempotent: a run cut off half-way is finished by the next.
/// </summary>
public sealed class DeleteHotLeadsActivity(LeadBlobStore blobs, ArchiveTable archives, TimeProvider clock) : TaskActivity<ArchiveCandidate, int>
{
    /// <summary>Blobs deleted; -1 when the archive is not verified and nothing may be deleted.</summary>
    public override async Task<int> RunAsync(TaskActivityContext context, ArchiveCandidate input)
    {
        var record = await archives.GetAsync(input.User, input.Campaign, CancellationToken.None);
        if (record?.State == ArchiveStates.Deleted)
        {
            return 0;
        }

        if (record?.State != ArchiveStates.Verified)
        {
            return -1;
        }

        var names = new List<string>();
        await foreach (var item in blobs.Container.GetBlobsAsync(new GetBlobsOptions { Prefix = LeadBlobPaths.CampaignPrefix(input.User, input.Campaign) }))
        {
            names.Add(item.Name);
        }

        foreach (var name in names)
        {
            await blobs.Container.DeleteBlobIfExistsAsync(name);
        }

        await archives.PutAsync(record with { State = ArchiveStates.Deleted, UpdatedAt = clock.GetUtcNow() }, CancellationToken.None);
        return names.Count;
    }
}
