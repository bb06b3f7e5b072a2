using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using LeadIntel.Core.Analytics;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Analytics;

/// <summary>
/// Aggregate cells in Table storage (keys: <see cref="AnalyticsKeys"/>), updated exactly once per contribution
/// although the activity that records it runs at least once. A contribution's cells are split by partition
/// and in chunks of 55; each chunk is one entity-group transaction that inserts a ledger row
/// <c>~{contribution}|{chunk}</c> and replaces each touched cell under its ETag. The ledger insert fails when
/// the chunk was applied before, and the ETags fail when another writer got there first (then the chunk is
/// read and merged again), so a retried or replayed recording never counts twice and concurrent ones never
/// lose an update.
/// </summary>
public sealed class AnalyticsTable(TableServiceClient tables, IOptions<AnalyticsOptions> options)
{
    // An entity-group transaction holds at most 100 operations and 4 MiB. A cell whose three sketches went
    // dense is ~68 KB on the wire, so 55 cells (plus the ledger row) always fit. The cut must depend on the
    // contribution alone, never on what is stored, or a re-run would get other ledger keys.
    private const int ChunkSize = 55;
    private readonly TableClient _table = tables.GetTableClient(options.Value.Table);
    private readonly AnalyticsOptions _options = options.Value;

    public TableClient Table => _table;

    public Task EnsureCreatedAsync(CancellationToken ct) => _table.CreateIfNotExistsAsync(ct);

    /// <summary>Adds a contribution's cells, once, however often it is called with the same id and cells.</summary>
    public async Task<RecordOutcome> ApplyAsync(string user, string contributionId, IReadOnlyDictionary<CellKey, CellMeasures> cells, CancellationToken ct)
    {
        var partitions = cells
            .Select(c => (Partition: AnalyticsKeys.PartitionOf(user, c.Key), Row: AnalyticsKeys.Row(c.Key), Cell: c))
            .GroupBy(c => c.Partition, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var outcome = RecordOutcome.Zero;
        var gate = new object();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WriteConcurrency), CancellationToken = ct }, async (partition, token) =>
        {
            // Sorted rows give every run of the same contribution the same chunks, hence the same ledger keys.
            var rows = partition.OrderBy(r => r.Row, StringComparer.Ordinal).Select(r => (r.Row, r.Cell.Key, r.Cell.Value)).ToList();
            for (var chunk = 0; chunk * ChunkSize < rows.Count; chunk++)
            {
                var part = rows.Skip(chunk * ChunkSize).Take(ChunkSize).ToList();
                var result = await ApplyChunkAsync(partition.Key, AnalyticsKeys.Ledger(contributionId, chunk), part, token);
                lock (gate)
                {
                    outcome = outcome.Add(result);
                }
            }
        });
        return outcome;
    }

    /// <summary>Every cell in partitions <paramref name="fromPartition"/>..<paramref name="toPartition"/> (inclusive), page by page.</summary>
    public async IAsyncEnumerable<AnalyticsRow> QueryAsync(string fromPartition, string toPartition, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {fromPartition} and PartitionKey le {toPartition} and RowKey lt {AnalyticsKeys.LedgerPrefix}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: ct))
        {
            yield return new AnalyticsRow(CellEntity.Start(entity), CellEntity.Value(entity), CellEntity.Measures(entity));
        }
    }

    private async Task<RecordOutcome> ApplyChunkAsync(string partition, string ledger, IReadOnlyList<(string Row, CellKey Key, CellMeasures Cell)> chunk, CancellationToken ct)
    {
        var conflicts = 0;
        for (var attempt = 1; ; attempt++)
        {
            // The first try goes straight to the transaction, whose ledger insert fails if the chunk is in.
            if (attempt > 1 && await LedgerExistsAsync(partition, ledger, ct))
            {
                return new RecordOutcome(0, 1, conflicts - 1);
            }

            var existing = await ReadRowsAsync(partition, chunk[0].Row, chunk[^1].Row, ct);
            var actions = new List<TableTransactionAction>(chunk.Count + 1)
            {
                new(TableTransactionActionType.Add, new TableEntity(partition, ledger) { ["AppliedAt"] = DateTimeOffset.UtcNow }),
            };
            foreach (var (row, key, cell) in chunk)
            {
                if (existing.TryGetValue(row, out var stored))
                {
                    var merged = CellEntity.Measures(stored);
                    merged.Merge(cell);
                    actions.Add(new(TableTransactionActionType.UpdateReplace, CellEntity.From(partition, row, key.Value, key.Start, merged), stored.ETag));
                }
                else
                {
                    actions.Add(new(TableTransactionActionType.Add, CellEntity.From(partition, row, key.Value, key.Start, cell)));
                }
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, ct);
                return new RecordOutcome(1, 0, conflicts);
            }
            catch (Exception ex) when (ex is TableTransactionFailedException or RequestFailedException { Status: 409 or 412 } && attempt < _options.MaxWriteAttempts)
            {
                // Either this chunk was applied meanwhile (the ledger check above sees it) or another writer
                // changed a cell: read again and merge again, after a short random pause to break lockstep.
                conflicts++;
                await Task.Delay(Random.Shared.Next(5, 20 * Math.Min(attempt, 10)), ct);
            }
        }
    }

    private async Task<bool> LedgerExistsAsync(string partition, string ledger, CancellationToken ct)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(partition, ledger, select: ["PartitionKey"], cancellationToken: ct);
        return found.HasValue;
    }

    private async Task<Dictionary<string, TableEntity>> ReadRowsAsync(string partition, string firstRow, string lastRow, CancellationToken ct)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {firstRow} and RowKey le {lastRow}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: ct))
        {
            rows[entity.RowKey] = entity;
        }

        return rows;
    }
}
