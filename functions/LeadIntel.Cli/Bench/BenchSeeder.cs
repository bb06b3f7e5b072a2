using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;
using Microsoft.Extensions.Options;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Fills storage with completed campaigns of synthetic leads the way a campaign leaves them (campaign row,
/// merged <c>leads.json</c> and <c>leads.csv</c> streamed to their blobs) and records their analytics with the same code the
/// campaign's activity runs. Campaigns of <see cref="CampaignSize"/> leads, each found over six hours,
/// spread over the year before <paramref name="end"/>.
/// </summary>
public sealed class BenchSeeder(string storage, DateTimeOffset end)
{
    public const int CampaignSize = 10_000;

    private readonly CampaignTable _campaigns = new(new TableServiceClient(storage), Options.Create(new StorageOptions()));
    private readonly BlobContainerClient _leads = new BlobServiceClient(storage).GetBlobContainerClient(new StorageOptions().LeadsContainer);
    private readonly AnalyticsTable _analytics = new(new TableServiceClient(storage), Options.Create(new AnalyticsOptions()));

    public async Task SeedAsync(string user, int leads, TextWriter progress, CancellationToken ct)
    {
        await _campaigns.EnsureCreatedAsync(ct);
        await _analytics.EnsureCreatedAsync(ct);
        await _leads.CreateIfNotExistsAsync(cancellationToken: ct);
        var generator = new SyntheticLeads(42);
        var campaigns = (leads + CampaignSize - 1) / CampaignSize;
        for (var i = 0; i < campaigns; i++)
        {
            var id = $"cmp-{user}-{i:D4}";
            var start = end.AddDays(-365 + (365.0 * i / campaigns));
            // leads.csv is committed last, after the analytics: when it exists, the whole campaign does.
            if (await _leads.GetBlobClient(LeadBlobPaths.Csv(user, id)).ExistsAsync(ct))
            {
                continue;
            }

            await _campaigns.UpsertAsync(new CampaignRecord(id, user, ["bench"], ["directory", "website", "google_maps", "linkedin"], 1000, "US", CampaignFilters.None, start), ct);
            var batch = generator.Generate(id, Math.Min(CampaignSize, leads - (i * CampaignSize)), start, TimeSpan.FromHours(6)).ToList();
            await _analytics.ApplyAsync(user, id, ContributionBuilder.From(id, batch).Cells, ct);
            // Both files a campaign's merge leaves: leads.json and leads.csv, written in one pass.
            var json = await OpenWriteAsync(LeadBlobPaths.Json(user, id), "application/json", ct);
            var csv = await OpenWriteAsync(LeadBlobPaths.Csv(user, id), "text/csv", ct);
            await using (json)
            await using (csv)
            {
                await using var jsonSink = new JsonLeadSink(json, array: true);
                await using var csvSink = new CsvLeadSink(csv, bom: false);
                foreach (var lead in batch)
                {
                    await jsonSink.WriteAsync(lead, ct);
                    await csvSink.WriteAsync(lead, ct);
                }

                await jsonSink.CompleteAsync(ct);
                await csvSink.CompleteAsync(ct);
            }

            await progress.WriteAsync($"\rseeding {user}: {i + 1}/{campaigns} campaigns");
        }

        await progress.WriteLineAsync();
    }

    private Task<Stream> OpenWriteAsync(string blob, string contentType, CancellationToken ct) =>
        _leads.GetBlockBlobClient(blob).OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, ct);
}
