using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Storage;

/// <summary>
/// What was extracted from a URL, reusable until it is older than <see cref="StorageOptions.UrlCacheTtl"/>
/// (the seed kept this in PostgreSQL). Partition = host, row = a hash of the URL.
/// </summary>
public sealed class UrlCacheTable(TableServiceClient tables, IOptions<StorageOptions> options, TimeProvider clock)
{
    // A Table storage string property holds at most 32K UTF-16 characters.
    private const int MaxValueChars = 32_000;
    private readonly TableClient _table = tables.GetTableClient(options.Value.UrlCacheTable);
    private readonly TimeSpan _ttl = options.Value.UrlCacheTtl;

    public Task EnsureCreatedAsync(CancellationToken ct) => _table.CreateIfNotExistsAsync(ct);

    /// <summary>The cached value for <paramref name="url"/>, or null when absent or expired.</summary>
    public async Task<string?> GetAsync(Uri url, CancellationToken ct)
    {
        var (partition, row) = Keys(url);
        var entity = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct);
        if (!entity.HasValue)
        {
            return null;
        }

        var storedAt = entity.Value!.GetDateTimeOffset("StoredAt");
        return storedAt is { } at && clock.GetUtcNow() - at < _ttl ? entity.Value.GetString("Value") : null;
    }

    /// <summary>Stores a value; values too large for one table property are not cached.</summary>
    public async Task PutAsync(Uri url, string value, CancellationToken ct)
    {
        if (value.Length > MaxValueChars)
        {
            return;
        }

        var (partition, row) = Keys(url);
        await _table.UpsertEntityAsync(
            new TableEntity(partition, row) { ["Url"] = url.AbsoluteUri, ["Value"] = value, ["StoredAt"] = clock.GetUtcNow() },
            TableUpdateMode.Replace,
            ct);
    }

    private static (string Partition, string Row) Keys(Uri url)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)));
        // Table keys may not hold '/', '\\', '#', '?'; a host name never does, a port separator is fine.
        return (url.Authority.ToLowerInvariant(), hash);
    }
}
