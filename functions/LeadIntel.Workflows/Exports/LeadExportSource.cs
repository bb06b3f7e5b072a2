using System.Runtime.CompilerServices;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// The leads an export asks for, across the user's campaigns oldest first, each campaign's leads in its own
/// order (see <see cref="CampaignLeadReader"/>), filtered by campaign, platform and <c>found_at</c>. One lead
/// is in memory at a time. Campaigns whose leads were archived are not in hot storage and are skipped.
/// </summary>
public sealed class LeadExportSource(CampaignTable campaigns, CampaignLeadReader leads)
{
    // Leads are found after their campaign is created; the margin covers clocks of different hosts.
    private static readonly TimeSpan ClockMargin = TimeSpan.FromHours(1);

    public async IAsyncEnumerable<Lead> ReadAsync(ExportRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        var (start, end) = request.UtcBounds();
        var selected = request.Campaign is { } id
            ? (await campaigns.GetAsync(request.User, id, ct) is { } one ? [one] : [])
            : await campaigns.ListAsync(request.User, ct);
        foreach (var campaign in selected.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (request.Platform is { } platform && !campaign.Platforms.Contains(platform, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (end is { } before && campaign.CreatedAt.UtcDateTime > before + ClockMargin)
            {
                continue;
            }

            await foreach (var lead in leads.ReadAsync(request.User, campaign.Id, ct))
            {
                if (request.Platform is { } p && !string.Equals(lead.Platform, p, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var at = lead.FoundAt.UtcDateTime;
                if ((start is { } s && at < s) || (end is { } e && at >= e))
                {
                    continue;
                }

                yield return lead;
            }
        }
    }
}
