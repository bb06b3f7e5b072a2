using System.Diagnostics;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Activities;

/// <summary>Input of <see cref="ProcessListingBatchActivity"/>: listings [Offset, Offset + Count) of a listings blob.</summary>
public sealed record ProcessListingBatchRequest(
    string CampaignId, string UserId, int SearchIndex, ListingSearch Search, string ListingsBlob, int Offset, int Count, LeadEnrichment? Enrichment = null);

/// <summary>
/// Reads a batch of listings into leads (with the business website's contacts when the listing names one)
/// and writes them to the batch's own part blob. The part is keyed by search and offset, so a re-run
/// overwrites it: at-least-once delivery never duplicates leads. Stops starting listings when its time
/// budget is spent and reports how far it got.
/// </summary>
public sealed class ProcessListingBatchActivity(
    ListingSources sources,
    LeadWebsiteEnricher websites,
    LeadBlobStore blobs,
    IOptions<ActivityOptions> options) : TaskActivity<ProcessListingBatchRequest, BatchResult>
{
    public override async Task<BatchResult> RunAsync(TaskActivityContext context, ProcessListingBatchRequest input)
    {
        var clock = Stopwatch.StartNew();
        var budget = options.Value.BatchBudget;
        var width = Math.Max(1, options.Value.ListingConcurrency);
        var source = sources.Get(input.Search.Platform);
        var listings = (await blobs.ReadListingsAsync(input.ListingsBlob, CancellationToken.None)).Skip(input.Offset).Take(input.Count).ToList();

        var leads = new List<Lead>();
        var errors = new List<string>();
        var processed = 0;
        while (processed < listings.Count && (processed == 0 || clock.Elapsed < budget))
        {
            var chunk = listings.Skip(processed).Take(width).ToList();
            var outcomes = await Task.WhenAll(chunk.Select(listing => ReadAsync(source, listing, input.Search, input.Enrichment ?? LeadEnrichment.Default)));
            foreach (var (lead, error) in outcomes)
            {
                if (lead is not null)
                {
                    leads.Add(lead);
                }

                if (error is not null)
                {
                    errors.Add(error);
                }
            }

            processed += chunk.Count;
        }

        await blobs.WriteLeadsAsync(LeadBlobPaths.Part(input.UserId, input.CampaignId, input.SearchIndex, input.Offset), leads, CancellationToken.None);
        return new BatchResult(processed, leads.Count, leads.Sum(l => l.Phones.Count), errors);
    }

    private async Task<(Lead? Lead, string? Error)> ReadAsync(IListingSource source, string listing, ListingSearch search, LeadEnrichment enrichment)
    {
        try
        {
            var lead = await source.ReadAsync(listing, search, CancellationToken.None);
            if (enrichment.CrawlWebsite)
            {
                lead = await websites.EnrichAsync(lead, search.Region, CancellationToken.None);
            }

            return (enrichment.ExtractEmails ? lead : lead with { Emails = [] }, null);
        }
        catch (ListingException ex)
        {
            return (null, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"{listing}: {ex.Message}");
        }
        catch (TaskCanceledException)
        {
            return (null, $"{listing}: timed out");
        }
    }
}
