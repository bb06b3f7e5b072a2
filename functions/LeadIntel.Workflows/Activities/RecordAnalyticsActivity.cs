using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Leads;
using Microsoft.DurableTask;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="RecordAnalyticsActivity"/>.</summary>
public sealed record RecordAnalyticsRequest(string CampaignId, string UserId);

/// <summary>
/// Adds a completed campaign's merged leads to the analytics aggregates. The merged file is what the leads
/// API and exports serve (deduped, filtered), and it is the same on every run, so the campaign id keys the
/// contribution: <see cref="AnalyticsTable"/> applies it exactly once however often this activity runs.
/// </summary>
public sealed class RecordAnalyticsActivity(CampaignLeadReader leads, AnalyticsTable analytics) : TaskActivity<RecordAnalyticsRequest, RecordOutcome>
{
    public override async Task<RecordOutcome> RunAsync(TaskActivityContext context, RecordAnalyticsRequest input)
    {
        var builder = new ContributionBuilder(input.CampaignId);
        await foreach (var lead in leads.ReadAsync(input.UserId, input.CampaignId, CancellationToken.None))
        {
            builder.Add(lead);
        }

        return await analytics.ApplyAsync(input.UserId, input.CampaignId, builder.Cells, CancellationToken.None);
    }
}
