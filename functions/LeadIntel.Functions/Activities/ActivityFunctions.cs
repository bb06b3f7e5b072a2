using BrowserJob = LeadIntel.Core.Platforms.BrowserJob;
using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Functions.Activities;

/// <summary>The Workflows activities under the activity trigger; each resolves the activity from DI and runs it.</summary>
public static class ActivityFunctions
{
    [Function(nameof(DiscoverListingsActivity))]
    public static Task<DiscoveryResult> DiscoverListingsAsync([ActivityTrigger] DiscoverListingsRequest input, FunctionContext context) =>
        Run<DiscoverListingsActivity, DiscoverListingsRequest, DiscoveryResult>(context, input);

    [Function(nameof(ProcessListingBatchActivity))]
    public static Task<BatchResult> ProcessListingBatchAsync([ActivityTrigger] ProcessListingBatchRequest input, FunctionContext context) =>
        Run<ProcessListingBatchActivity, ProcessListingBatchRequest, BatchResult>(context, input);

    [Function(nameof(MergeLeadsActivity))]
    public static Task<MergeResult> MergeLeadsAsync([ActivityTrigger] MergeLeadsRequest input, FunctionContext context) =>
        Run<MergeLeadsActivity, MergeLeadsRequest, MergeResult>(context, input);

    [Function(nameof(RequestBrowserJobActivity))]
    public static Task<bool> RequestBrowserJobAsync([ActivityTrigger] BrowserJob input, FunctionContext context) =>
        Run<RequestBrowserJobActivity, BrowserJob, bool>(context, input);

    [Function(nameof(RecordAnalyticsActivity))]
    public static Task<LeadIntel.Workflows.Analytics.RecordOutcome> RecordAnalyticsAsync([ActivityTrigger] RecordAnalyticsRequest input, FunctionContext context) =>
        Run<RecordAnalyticsActivity, RecordAnalyticsRequest, LeadIntel.Workflows.Analytics.RecordOutcome>(context, input);

    [Function(nameof(FindArchiveCandidatesActivity))]
    public static Task<ArchiveCandidates> FindArchiveCandidatesAsync([ActivityTrigger] FindArchiveCandidatesRequest input, FunctionContext context) =>
        Run<FindArchiveCandidatesActivity, FindArchiveCandidatesRequest, ArchiveCandidates>(context, input);

    [Function(nameof(WriteArchiveActivity))]
    public static Task<bool> WriteArchiveAsync([ActivityTrigger] WriteArchiveRequest input, FunctionContext context) =>
        Run<WriteArchiveActivity, WriteArchiveRequest, bool>(context, input);

    [Function(nameof(VerifyArchiveActivity))]
    public static Task<bool> VerifyArchiveAsync([ActivityTrigger] ArchiveCandidate input, FunctionContext context) =>
        Run<VerifyArchiveActivity, ArchiveCandidate, bool>(context, input);

    [Function(nameof(DeleteHotLeadsActivity))]
    public static Task<int> DeleteHotLeadsAsync([ActivityTrigger] ArchiveCandidate input, FunctionContext context) =>
        Run<DeleteHotLeadsActivity, ArchiveCandidate, int>(context, input);

    [Function(nameof(PurgeExpiredArchivesActivity))]
    public static Task<int> PurgeExpiredArchivesAsync([ActivityTrigger] PurgeExpiredArchivesRequest input, FunctionContext context) =>
        Run<PurgeExpiredArchivesActivity, PurgeExpiredArchivesRequest, int>(context, input);

    private static Task<TOut> Run<TActivity, TIn, TOut>(FunctionContext context, TIn input)
        where TActivity : TaskActivity<TIn, TOut> =>
        context.InstanceServices.GetRequiredService<TActivity>().RunAsync(new FunctionActivityContext(typeof(TActivity).Name, context.InvocationId), input);
}
