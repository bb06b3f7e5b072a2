using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Archive;

/// <summary>Archive state per campaign in Table storage: partition = user, row = campaign id.</summary>
public sealed class ArchiveTable(TableServiceClient tables, IOptions<ArchiveOptions> options)
{
    private readonly TableClient _table = tables.GetTableClient(options.Value.Table);

    public Task EnsureCreatedAsync(CancellationToken ct) => _table.CreateIfNotExistsAsync(ct);

    public async Task<ArchiveRecord?> GetAsync(string user, string campaign, CancellationToken ct)
    {
        var entity = await _table.GetEntityIfExistsAsync<TableEntity>(user, campaign, cancellationToken: ct);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    public Task PutAsync(ArchiveRecord record, CancellationToken ct) => _table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, ct);

    /// <summary>A user's archives in <paramref name="state"/>, page by page.</summary>
    public async IAsyncEnumerable<ArchiveRecord> ListAsync(string user, string state, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {user} and State eq {state}"), maxPerPage: 500, cancellationToken: ct))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>Archives (any user, or one) in <paramref name="state"/> whose newest lead is older than <paramref name="before"/>, page by page.</summary>
    public async IAsyncEnumerable<ArchiveRecord> OlderThanAsync(string state, DateTimeOffset before, string? user, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = user is null
            ? TableClient.CreateQueryFilter($"State eq {state} and MaxFoundAt lt {before}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {user} and State eq {state} and MaxFoundAt lt {before}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 500, cancellationToken: ct))
        {
            yield return FromEntity(entity);
        }
    }

    private static TableEntity ToEntity(ArchiveRecord r) => new(r.User, r.Campaign)
    {
        ["State"] = r.State,
        ["Blob"] = r.Blob,
        ["Rows"] = r.Rows,
        ["Bytes"] = r.Bytes,
        ["Sha256"] = r.Sha256,
        ["MinFoundAt"] = r.MinFoundAt,
        ["MaxFoundAt"] = r.MaxFoundAt,
        ["UpdatedAt"] = r.UpdatedAt,
        ["RestoredAt"] = r.RestoredAt,
    };

    private static ArchiveRecord FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("State") ?? "",
        e.GetString("Blob") ?? "",
        e.GetInt64("Rows") ?? 0,
        e.GetInt64("Bytes") ?? 0,
        e.GetString("Sha256") ?? "",
        e.GetDateTimeOffset("MinFoundAt"),
        e.GetDateTimeOffset("MaxFoundAt"),
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("RestoredAt"));
}
