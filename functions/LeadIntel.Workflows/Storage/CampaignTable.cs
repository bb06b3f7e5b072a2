using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LeadIntel.Workflows.Models;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Storage;

/// <summary>Campaign metadata in Table storage: partition key = user, row key = campaign id.</summary>
public sealed class CampaignTable(TableServiceClient tables, IOptions<StorageOptions> options)
{
    private readonly TableClient _table = tables.GetTableClient(options.Value.CampaignsTable);

    public Task EnsureCreatedAsync(CancellationToken ct) => _table.CreateIfNotExistsAsync(ct);

    public Task UpsertAsync(CampaignRecord campaign, CancellationToken ct) =>
        _table.UpsertEntityAsync(ToEntity(campaign), TableUpdateMode.Replace, ct);

    public async Task<CampaignRecord?> GetAsync(string user, string id, CancellationToken ct)
    {
        var entity = await _table.GetEntityIfExistsAsync<TableEntity>(user, id, cancellationToken: ct);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    /// <summary>The user's campaigns, newest first.</summary>
    public async Task<IReadOnlyList<CampaignRecord>> ListAsync(string user, CancellationToken ct)
    {
        var list = new List<CampaignRecord>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == user, cancellationToken: ct))
        {
            list.Add(FromEntity(entity));
        }

        return list.OrderByDescending(c => c.CreatedAt).ToList();
    }

    /// <summary>
    /// One page of campaigns created before <paramref name="before"/> (of one user, or of all), and the token
    /// of the next page, null after the last.
    /// </summary>
    public async Task<(IReadOnlyList<CampaignRecord> Campaigns, string? Next)> PageCreatedBeforeAsync(
        DateTimeOffset before, string? user, string? continuation, int pageSize, CancellationToken ct)
    {
        var filter = user is null
            ? TableClient.CreateQueryFilter($"CreatedAt lt {before}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {user} and CreatedAt lt {before}");
        await foreach (var page in _table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: ct).AsPages(continuation, pageSize))
        {
            return (page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        }

        return ([], null);
    }

    public async Task<int> CountAsync(CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: ct))
        {
            count++;
        }

        return count;
    }

    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var _ in _table.QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(CampaignRecord c) => new(c.UserId, c.Id)
    {
        ["Queries"] = JsonSerializer.Serialize(c.Queries, StorageJson.Default.IReadOnlyListString),
        ["Platforms"] = JsonSerializer.Serialize(c.Platforms, StorageJson.Default.IReadOnlyListString),
        ["MaxResults"] = c.MaxResults,
        ["Region"] = c.Region,
        ["Filters"] = JsonSerializer.Serialize(c.Filters, StorageJson.Default.CampaignFilters),
        ["CreatedAt"] = c.CreatedAt,
        ["Enrichment"] = JsonSerializer.Serialize(c.Enriching, StorageJson.Default.LeadEnrichment),
    };

    private static CampaignRecord FromEntity(TableEntity e) => new(
        e.RowKey,
        e.PartitionKey,
        JsonSerializer.Deserialize(e.GetString("Queries"), StorageJson.Default.IReadOnlyListString) ?? [],
        JsonSerializer.Deserialize(e.GetString("Platforms"), StorageJson.Default.IReadOnlyListString) ?? [],
        e.GetInt32("MaxResults") ?? 0,
        e.GetString("Region") ?? "US",
        JsonSerializer.Deserialize(e.GetString("Filters") ?? "{}", StorageJson.Default.CampaignFilters) ?? CampaignFilters.None,
        e.GetDateTimeOffset("CreatedAt") ?? e.Timestamp ?? DateTimeOffset.MinValue,
        e.GetString("Enrichment") is { } enrichment ? JsonSerializer.Deserialize(enrichment, StorageJson.Default.LeadEnrichment) : null);
}
