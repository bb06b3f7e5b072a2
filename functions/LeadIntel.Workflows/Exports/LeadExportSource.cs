using System.Runtime.CompilerServices;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// The leads an export asks for: the user's campaigns oldest first (or the one asked for), each campaign's
/// leads in its own order (see <see cref="CampaignLeadReader"/>), filtered by platform and <c>found_at</c>.
/// One lead is in memory at a time. Campaigns whose leads were archived are no longer in hot storage and
/// contribute nothing.
/// </summary>
public sealed class LeadExportSource(CampaignTable campaigns, CampaignLeadReader leads, LeadBlobStore blobs)
{
    // Leads are found after their campaign is created; the margin covers clocks of different hosts.
    private static readonly TimeSpan ClockMargin = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<CampaignRecord>> CampaignsAsync(ExportRequest request, CancellationToken ct)
    {
        var (_, end) = request.UtcBounds();
        var selected = request.Campaign is { } id
            ? (await campaigns.GetAsync(request.User, id, ct) is { } one ? [one] : [])
            : await campaigns.ListAsync(request.User, ct);
        return selected
            .Where(c => request.Platform is not { } platform || c.Platforms.Contains(platform, StringComparer.OrdinalIgnoreCase))
            .Where(c => end is not { } before || c.CreatedAt.UtcDateTime <= before + ClockMargin)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async IAsyncEnumerable<Lead> LeadsAsync(ExportRequest request, CampaignRecord campaign, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = ExportFilter.For(request);
        await foreach (var lead in leads.ReadAsync(request.User, campaign.Id, ct))
        {
            if (filter.Keeps(lead.Platform, lead.FoundAt.UtcDateTime))
            {
                yield return lead;
            }
        }
    }

    /// <summary>The campaign's merged CSV, when it has one (written by the merge next to <c>leads.json</c>), else null.</summary>
    public Task<Stream?> OpenMergedCsvAsync(ExportRequest request, CampaignRecord campaign, CancellationToken ct) =>
        blobs.OpenReadAsync(LeadBlobPaths.Csv(request.User, campaign.Id), ct);
}
