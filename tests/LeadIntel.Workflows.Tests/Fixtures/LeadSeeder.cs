using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary>Puts campaigns and their leads straight into storage, as a finished (merged) or running (parts only) campaign would leave them.</summary>
public sealed class LeadSeeder(IServiceProvider services)
{
    private readonly CampaignTable _campaigns = services.GetRequiredService<CampaignTable>();
    private readonly LeadBlobStore _blobs = services.GetRequiredService<LeadBlobStore>();

    public async Task MergedAsync(string user, string campaign, DateTimeOffset createdAt, IReadOnlyList<Lead> leads, params string[] platforms)
    {
        await _campaigns.UpsertAsync(Record(user, campaign, createdAt, platforms), CancellationToken.None);
        await _blobs.WriteLeadsAsync(LeadBlobPaths.Json(user, campaign), leads, CancellationToken.None);
        await _blobs.UploadAsync(LeadBlobPaths.Csv(user, campaign), LeadCsv.Write(leads), "text/csv", CancellationToken.None);
    }

    /// <summary>A campaign still running: its leads only in part files, <paramref name="perPart"/> to a part.</summary>
    public async Task RunningAsync(string user, string campaign, DateTimeOffset createdAt, IReadOnlyList<Lead> leads, int perPart, params string[] platforms)
    {
        await _campaigns.UpsertAsync(Record(user, campaign, createdAt, platforms), CancellationToken.None);
        for (var offset = 0; offset < leads.Count; offset += perPart)
        {
            await _blobs.WriteLeadsAsync(LeadBlobPaths.Part(user, campaign, 0, offset), leads.Skip(offset).Take(perPart).ToList(), CancellationToken.None);
        }
    }

    private static CampaignRecord Record(string user, string campaign, DateTimeOffset createdAt, string[] platforms) =>
        new(campaign, user, ["seeded"], platforms, 100, "US", CampaignFilters.None, createdAt);
}
