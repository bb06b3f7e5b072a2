using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Leads;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="WriteArchiveActivity"/>.</summary>
public sealed record WriteArchiveRequest(ArchiveCandidate Candidate, DateTimeOffset Cutoff);

/// <summary>
/// Writes a campaign's hot leads to its archive file (same name on every run) and records the file as
/// <c>written</c>. A campaign with a lead newer than the cutoff is left alone. Once an archive is verified it
/// is never written again: its hot copy may already be half deleted.
/// </summary>
public sealed class WriteArchiveActivity(CampaignLeadReader leads, ArchiveStore store, ArchiveTable archives, TimeProvider clock)
    : TaskActivity<WriteArchiveRequest, bool>
{
    /// <summary>True when the campaign is archived (now or before), false when it is not old enough.</summary>
    public override async Task<bool> RunAsync(TaskActivityContext context, WriteArchiveRequest input)
    {
        var candidate = input.Candidate;
        var record = await archives.GetAsync(candidate.User, candidate.Campaign, CancellationToken.None);
        if (record?.State is ArchiveStates.Verified or ArchiveStates.Deleted)
        {
            return true;
        }

        // Checked before writing, so a campaign that is not due never replaces an archive that exists.
        await foreach (var lead in leads.ReadAsync(candidate.User, candidate.Campaign, CancellationToken.None))
        {
            if (lead.FoundAt >= input.Cutoff)
            {
                return false;
            }
        }

        var file = await store.WriteAsync(candidate.Blob, leads.ReadAsync(candidate.User, candidate.Campaign, CancellationToken.None), CancellationToken.None);
        await archives.PutAsync(
            new ArchiveRecord(candidate.User, candidate.Campaign, ArchiveStates.Written, file.Blob, file.Rows, file.Bytes, file.Sha256, file.MinFoundAt, file.MaxFoundAt, clock.GetUtcNow()),
            CancellationToken.None);
        return true;
    }
}
