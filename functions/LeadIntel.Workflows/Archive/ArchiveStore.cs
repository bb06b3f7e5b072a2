using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;
using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Leads;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Archive;

/// <summary>
/// The archive container: gzip-compressed CSV files in <see cref="LeadCsv.ArchiveColumns"/> (written and
/// read as streams, SHA-256 over the stored bytes) and the monthly manifests (read-modify-write under ETag).
/// </summary>
public sealed class ArchiveStore(BlobServiceClient blobs, IOptions<ArchiveOptions> options)
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.Container);

    public BlobContainerClient Container => _container;

    public Task EnsureCreatedAsync(CancellationToken ct) => _container.CreateIfNotExistsAsync(cancellationToken: ct);

    /// <summary>Writes <paramref name="leads"/> as one archive file, replacing any earlier one of the same name.</summary>
    public async Task<ArchiveFile> WriteAsync(string blob, IAsyncEnumerable<Lead> leads, CancellationToken ct)
    {
        long rows = 0;
        DateTimeOffset? min = null, max = null;
        var upload = await _container.GetBlockBlobClient(blob).OpenWriteAsync(
            overwrite: true, new BlockBlobOpenWriteOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" } }, ct);
        var hashing = new HashingStream(upload);
        await using (upload)
        {
            await using (var gzip = new GZipStream(hashing, CompressionLevel.Optimal, leaveOpen: true))
            {
                var text = new Utf8TextBuffer(gzip);
                LeadCsv.WriteArchiveHeader(text.Writer);
                await foreach (var lead in leads.WithCancellation(ct))
                {
                    LeadCsv.WriteArchiveRow(text.Writer, lead);
                    rows++;
                    min = min is null || lead.FoundAt < min ? lead.FoundAt : min;
                    max = max is null || lead.FoundAt > max ? lead.FoundAt : max;
                    await text.FlushIfFullAsync(ct);
                }

                await text.FlushAsync(ct);
            }

            await hashing.FlushAsync(ct);
        }

        return new ArchiveFile(blob, rows, hashing.BytesWritten, hashing.Sha256(), min, max);
    }

    /// <summary>The SHA-256 and size of a stored file, read as a stream; null when it does not exist.</summary>
    public async Task<(string Sha256, long Bytes)?> HashAsync(string blob, CancellationToken ct)
    {
        try
        {
            await using var stream = await _container.GetBlobClient(blob).OpenReadAsync(cancellationToken: ct);
            using var sha = SHA256.Create();
            var hash = await sha.ComputeHashAsync(stream, ct);
            return (Convert.ToHexStringLower(hash), stream.Length);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The leads of an archive file, from its <c>lead_json</c> column, one at a time.</summary>
    public async IAsyncEnumerable<Lead> ReadLeadsAsync(string blob, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = await _container.GetBlobClient(blob).OpenReadAsync(cancellationToken: ct);
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = true;
        await foreach (var record in CsvRecordReader.ReadAsync(reader, ct))
        {
            if (header)
            {
                header = false;
                if (!record.SequenceEqual(LeadCsv.ArchiveColumns))
                {
                    throw new InvalidDataException($"{blob} does not have the archive columns");
                }

                continue;
            }

            yield return JsonSerializer.Deserialize(record[^1], LeadIntelJson.Default.Lead)
                ?? throw new InvalidDataException($"{blob} has an empty lead_json");
        }
    }

    public Task DeleteAsync(string blob, CancellationToken ct) => _container.GetBlobClient(blob).DeleteIfExistsAsync(cancellationToken: ct);

    /// <summary>Applies <paramref name="change"/> to a month's manifest under its ETag, again on a conflict.</summary>
    public async Task UpdateManifestAsync(string manifestBlob, string user, string month, Func<ArchiveManifest, ArchiveManifest> change, CancellationToken ct)
    {
        var client = _container.GetBlobClient(manifestBlob);
        for (var attempt = 1; ; attempt++)
        {
            ArchiveManifest current;
            BlobRequestConditions conditions;
            try
            {
                var content = await client.DownloadContentAsync(ct);
                current = JsonSerializer.Deserialize(content.Value.Content.ToMemory().Span, ArchiveJson.Default.ArchiveManifest) ?? new ArchiveManifest(user, month, []);
                conditions = new BlobRequestConditions { IfMatch = content.Value.Details.ETag };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                current = new ArchiveManifest(user, month, []);
                conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            }

            var next = change(current);
            try
            {
                await client.UploadAsync(
                    new BinaryData(JsonSerializer.SerializeToUtf8Bytes(next, ArchiveJson.Default.ArchiveManifest)),
                    new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                    ct);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 10)
            {
                // Another run changed the manifest since it was read: read it again.
            }
        }
    }

    public async Task<ArchiveManifest?> ReadManifestAsync(string manifestBlob, CancellationToken ct)
    {
        try
        {
            var content = await _container.GetBlobClient(manifestBlob).DownloadContentAsync(ct);
            return JsonSerializer.Deserialize(content.Value.Content.ToMemory().Span, ArchiveJson.Default.ArchiveManifest);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
