using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// A campaign's leads as a stream, one lead at a time, the way the leads API answers: the merged
/// <c>leads.json</c> once the campaign has one, before that every part file in part order. Nothing holds
/// more than the lead being read, so a campaign of any size reads in flat memory.
/// </summary>
public sealed class CampaignLeadReader(LeadBlobStore blobs)
{
    // A 1 MB read buffer parses large merged files about twice as fast as the 16 KB default.
    private static readonly LeadIntelJson Json = new(new JsonSerializerOptions(LeadIntelJson.Default.Options) { DefaultBufferSize = 1 << 20 });

    public async IAsyncEnumerable<Lead> ReadAsync(string user, string campaign, [EnumeratorCancellation] CancellationToken ct)
    {
        if (await blobs.OpenReadAsync(LeadBlobPaths.Json(user, campaign), ct) is { } merged)
        {
            await using (merged)
            {
                await foreach (var lead in ReadArrayAsync(merged, ct))
                {
                    yield return lead;
                }
            }

            yield break;
        }

        var parts = new List<string>();
        await foreach (var item in blobs.Container.GetBlobsAsync(new GetBlobsOptions { Prefix = LeadBlobPaths.PartsPrefix(user, campaign) }, ct))
        {
            parts.Add(item.Name);
        }

        foreach (var name in parts.Order(StringComparer.Ordinal))
        {
            if (await blobs.OpenReadAsync(name, ct) is not { } part)
            {
                continue;
            }

            await using (part)
            {
                await foreach (var lead in ReadArrayAsync(part, ct))
                {
                    yield return lead;
                }
            }
        }
    }

    /// <summary>Reads a JSON array of leads element by element.</summary>
    public static async IAsyncEnumerable<Lead> ReadArrayAsync(Stream json, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var lead in JsonSerializer.DeserializeAsyncEnumerable(json, Json.Lead, ct))
        {
            if (lead is not null)
            {
                yield return lead;
            }
        }
    }
}
