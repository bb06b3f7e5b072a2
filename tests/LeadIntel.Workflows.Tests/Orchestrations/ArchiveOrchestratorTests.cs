using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Orchestrations;

public class ArchiveOrchestratorTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ArchiveRun Run(int grace = 0) => ArchiveRun.From(new ArchiveOptions { ArchiveAfterDays = 90, RetentionDays = 365, IntervalMinutes = 60, HotDeleteGraceSeconds = grace });

    private static ArchiveCandidate Candidate(string id) => new("alice", id, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Writes_verifies_then_deletes_each_campaign_then_purges_sleeps_and_continues_as_new()
    {
        var context = new ScriptedOrchestrationContext("leadintel-archive")
            .OnActivity<FindArchiveCandidatesRequest, ArchiveCandidates>(nameof(FindArchiveCandidatesActivity), _ => new ArchiveCandidates([Candidate("a"), Candidate("b")], null))
            .OnActivity<WriteArchiveRequest, bool>(nameof(WriteArchiveActivity), _ => true)
            .OnActivity<ArchiveCandidate, bool>(nameof(VerifyArchiveActivity), c => c.Campaign == "a")
            .OnActivity<ArchiveCandidate, int>(nameof(DeleteHotLeadsActivity), _ => 3)
            .OnActivity<PurgeExpiredArchivesRequest, int>(nameof(PurgeExpiredArchivesActivity), _ => 1);

        var result = await new ArchiveOrchestrator().RunAsync(context, Run(grace: 30));

        Assert.Equal(
            [nameof(FindArchiveCandidatesActivity), nameof(WriteArchiveActivity), nameof(VerifyArchiveActivity), nameof(DeleteHotLeadsActivity),
             nameof(WriteArchiveActivity), nameof(VerifyArchiveActivity), nameof(PurgeExpiredArchivesActivity)],
            context.Calls.Select(c => c.Name));
        Assert.Equal(new DateTimeOffset(Now.AddDays(-90), TimeSpan.Zero), ((FindArchiveCandidatesRequest)context.Calls[0].Input!).Cutoff);
        Assert.Equal(new DateTimeOffset(Now.AddDays(-365), TimeSpan.Zero), ((PurgeExpiredArchivesRequest)context.Calls[^1].Input!).Before);
        Assert.Equal((1, 1), (result.Archived, result.Purged));
        // The grace timer before the one delete, then the sleep until the next cycle.
        Assert.Equal([Now.AddSeconds(30), Now.AddMinutes(60)], context.Timers);
        Assert.True(context.Continued);
        Assert.Equal(Run(grace: 30), context.ContinuedWith);
    }

    [Fact]
    public async Task A_further_page_continues_as_new_at_once_within_the_same_cycle()
    {
        var context = new ScriptedOrchestrationContext("leadintel-archive")
            .OnActivity<FindArchiveCandidatesRequest, ArchiveCandidates>(nameof(FindArchiveCandidatesActivity), _ => new ArchiveCandidates([Candidate("a")], "next-page"))
            .OnActivity<WriteArchiveRequest, bool>(nameof(WriteArchiveActivity), _ => true)
            .OnActivity<ArchiveCandidate, bool>(nameof(VerifyArchiveActivity), _ => true)
            .OnActivity<ArchiveCandidate, int>(nameof(DeleteHotLeadsActivity), _ => 2);

        await new ArchiveOrchestrator().RunAsync(context, Run());

        Assert.DoesNotContain(context.Calls, c => c.Name == nameof(PurgeExpiredArchivesActivity));
        Assert.Empty(context.Timers);
        Assert.Equal(Run() with { CycleStartedAt = Now, Continuation = "next-page", Archived = 1 }, context.ContinuedWith);
    }

    [Fact]
    public async Task A_campaign_that_fails_or_is_not_due_is_never_deleted_and_does_not_stop_the_others()
    {
        var context = new ScriptedOrchestrationContext("leadintel-archive")
            .OnActivity<FindArchiveCandidatesRequest, ArchiveCandidates>(nameof(FindArchiveCandidatesActivity), _ => new ArchiveCandidates([Candidate("young"), Candidate("broken"), Candidate("ok")], null))
            .OnActivity<WriteArchiveRequest, bool>(nameof(WriteArchiveActivity), r => r.Candidate.Campaign == "broken"
                ? throw ScriptedOrchestrationContext.Failure(nameof(WriteArchiveActivity), "storage down")
                : r.Candidate.Campaign != "young")
            .OnActivity<ArchiveCandidate, bool>(nameof(VerifyArchiveActivity), _ => true)
            .OnActivity<ArchiveCandidate, int>(nameof(DeleteHotLeadsActivity), _ => 2)
            .OnActivity<PurgeExpiredArchivesRequest, int>(nameof(PurgeExpiredArchivesActivity), _ => 0);

        var result = await new ArchiveOrchestrator().RunAsync(context, Run() with { Once = true });

        Assert.Equal(["ok"], context.Calls.Where(c => c.Name == nameof(DeleteHotLeadsActivity)).Select(c => ((ArchiveCandidate)c.Input!).Campaign));
        Assert.Equal(1, result.Archived);
        Assert.False(context.Continued);
    }
}
