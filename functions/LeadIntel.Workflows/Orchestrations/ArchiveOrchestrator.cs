using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Archive;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Orchestrations;

/// <summary>
/// Input of <see cref="ArchiveOrchestrator"/>. <paramref name="CycleStartedAt"/> and <paramref name="Continuation"/>
/// carry one cycle across generations; <paramref name="Once"/> ends after one cycle instead of sleeping, and
/// <paramref name="User"/> limits a run to one user's campaigns.
/// </summary>
public sealed record ArchiveRun(
    int ArchiveAfterDays,
    int RetentionDays,
    int RestoreHoldDays,
    int IntervalMinutes,
    int PageSize,
    int HotDeleteGraceSeconds,
    bool Once = false,
    string? User = null,
    DateTime? CycleStartedAt = null,
    string? Continuation = null,
    int Archived = 0,
    int Purged = 0)
{
    public static ArchiveRun From(ArchiveOptions o, bool once = false, string? user = null) =>
        new(o.ArchiveAfterDays, o.RetentionDays, o.RestoreHoldDays, o.IntervalMinutes, o.PageSize, o.HotDeleteGraceSeconds, once, user);
}

/// <summary>What one archive cycle did.</summary>
public sealed record ArchiveRunResult(int Archived, int Purged, DateTime CycleStartedAt);

/// <summary>
/// The eternal archive loop, the same on Azure Functions and locally. Each generation takes one page of
/// candidate campaigns and, per campaign, writes the archive, verifies it, and only then deletes the hot
/// copy; the next page continues as a new generation (bounded history), and after the last page the
/// retention policy runs and a durable timer waits for the next cycle. Every step is an idempotent activity
/// over recorded state, so a host killed anywhere resumes without losing or duplicating a lead. Time comes
/// from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/> only, so replays decide the same.
/// </summary>
public sealed class ArchiveOrchestrator : TaskOrchestrator<ArchiveRun, ArchiveRunResult>
{
    /// <summary>The one eternal instance.</summary>
    public const string InstanceId = "leadintel-archive";

    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    public override async Task<ArchiveRunResult> RunAsync(TaskOrchestrationContext context, ArchiveRun input)
    {
        var started = input.CycleStartedAt ?? context.CurrentUtcDateTime;
        var cutoff = new DateTimeOffset(started, TimeSpan.Zero).AddDays(-input.ArchiveAfterDays);
        var page = await context.CallActivityAsync<ArchiveCandidates>(
            nameof(FindArchiveCandidatesActivity),
            new FindArchiveCandidatesRequest(cutoff, new DateTimeOffset(started, TimeSpan.Zero), input.RestoreHoldDays, input.User, input.Continuation, input.PageSize),
            Retry);

        var archived = input.Archived;
        foreach (var candidate in page.Candidates)
        {
            if (await ArchiveAsync(context, input, candidate, cutoff))
            {
                archived++;
            }
        }

        if (page.Next is not null)
        {
            context.ContinueAsNew(input with { CycleStartedAt = started, Continuation = page.Next, Archived = archived });
            return new ArchiveRunResult(archived, input.Purged, started);
        }

        var purged = await context.CallActivityAsync<int>(
            nameof(PurgeExpiredArchivesActivity), new PurgeExpiredArchivesRequest(new DateTimeOffset(started, TimeSpan.Zero).AddDays(-input.RetentionDays), input.User), Retry);
        var result = new ArchiveRunResult(archived, input.Purged + purged, started);
        if (input.Once)
        {
            return result;
        }

        await context.CreateTimer(started.AddMinutes(Math.Max(1, input.IntervalMinutes)), CancellationToken.None);
        context.ContinueAsNew(input with { CycleStartedAt = null, Continuation = null, Archived = 0, Purged = 0 });
        return result;
    }

    /// <summary>Write, verify, (grace,) delete: true when the hot copy is gone and the archive holds it.</summary>
    private static async Task<bool> ArchiveAsync(TaskOrchestrationContext context, ArchiveRun input, ArchiveCandidate candidate, DateTimeOffset cutoff)
    {
        try
        {
            if (!await context.CallActivityAsync<bool>(nameof(WriteArchiveActivity), new WriteArchiveRequest(candidate, cutoff), Retry))
            {
                return false;
            }

            if (!await context.CallActivityAsync<bool>(nameof(VerifyArchiveActivity), candidate, Retry))
            {
                // Left as written: the next cycle writes it again from the untouched hot copy.
                return false;
            }

            if (input.HotDeleteGraceSeconds > 0)
            {
                await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input.HotDeleteGraceSeconds), CancellationToken.None);
            }

            return await context.CallActivityAsync<int>(nameof(DeleteHotLeadsActivity), candidate, Retry) >= 0;
        }
        catch (TaskFailedException)
        {
            // One campaign's trouble (storage, a corrupt part) does not stop the others; the next cycle retries it.
            return false;
        }
    }
}
