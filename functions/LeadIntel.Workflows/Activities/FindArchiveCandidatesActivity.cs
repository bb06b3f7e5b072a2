using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="FindArchiveCandidatesActivity"/>.</summary>
public sealed record FindArchiveCandidatesRequest(DateTimeOffset Cutoff, DateTimeOffset Now, int RestoreHoldDays, string? User, string? Continuation, int PageSize);

/// <summary>
/// One page of campaigns created before the cutoff that still need archival work: never archived, or
/// stopped half-way (written, verified), or restored long enough ago. Pages through the campaigns table with
/// its continuation token, so no run loads the whole table.
/// </summary>
public sealed class FindArchiveCandidatesActivity(CampaignTable campaigns, ArchiveTable archives) : TaskActivity<FindArchiveCandidatesRequest, ArchiveCandidates>
{
    public override async Task<ArchiveCandidates> RunAsync(TaskActivityContext context, FindArchiveCandidatesRequest input)
    {
        var (page, next) = await campaigns.PageCreatedBeforeAsync(input.Cutoff, input.User, input.Continuation, input.PageSize, CancellationToken.None);
        var candidates = new List<ArchiveCandidate>();
        foreach (var campaign in page)
        {
            var record = await archives.GetAsync(campaign.UserId, campaign.Id, CancellationToken.None);
            var due = record?.State switch
            {
                null or ArchiveStates.Written or ArchiveStates.Verified => true,
                ArchiveStates.Restored => record.RestoredAt is not { } at || at < input.Now.AddDays(-input.RestoreHoldDays),
                _ => false,
            };
            if (due)
            {
                candidates.Add(new ArchiveCandidate(campaign.UserId, campaign.Id, campaign.CreatedAt));
            }
        }

        return new ArchiveCandidates(candidates, next);
    }
}
