using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Storage;

/// <summary>Lead part files, listing lists and the merged campaign files in the leads blob container.</summary>
public sealed class LeadBlobStore(BlobServiceClient blobs, IOptions<StorageOptions> options)
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.LeadsContainer);

    public BlobContainerClient Container => _container;

    public Task EnsureCreatedAsync(CancellationToken ct) => _container.CreateIfNotExistsAsync(cancellationToken: ct);

    public Task WriteLeadsAsync(string blobName, IReadOnlyList<Lead> leads, CancellationToken ct) =>
        UploadAsync(blobName, JsonSerializer.SerializeToUtf8Bytes(leads, LeadIntelJson.Default.IReadOnlyListLead), "application/json", ct);

    public async Task<IReadOnlyList<Lead>> ReadLeadsAsync(string blobName, CancellationToken ct)
    {
        var content = await _container.GetBlobClient(blobName).DownloadContentAsync(ct);
        return JsonSerializer.Deserialize(content.Value.Content.ToMemory().Span, LeadIntelJson.Default.IReadOnlyListLead) ?? [];
    }

    /// <summary>Every lead in the part files written so far, in part order.</summary>
    public async Task<IReadOnlyList<Lead>> ReadPartsAsync(string user, string campaign, CancellationToken ct)
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = LeadBlobPaths.PartsPrefix(user, campaign) }, ct))
        {
            names.Add(item.Name);
        }

        var leads = new List<Lead>();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            leads.AddRange(await ReadLeadsAsync(name, ct));
        }

        return leads;
    }

    public Task WriteListingsAsync(string blobName, IReadOnlyList<string> listings, CancellationToken ct) =>
        UploadAsync(blobName, JsonSerializer.SerializeToUtf8Bytes(listings, StorageJson.Default.IReadOnlyListString), "application/json", ct);

    public async Task<IReadOnlyList<string>> ReadListingsAsync(string blobName, CancellationToken ct)
    {
        var content = await _container.GetBlobClient(blobName).DownloadContentAsync(ct);
        return JsonSerializer.Deserialize(content.Value.Content.ToMemory().Span, StorageJson.Default.IReadOnlyListString) ?? [];
    }

    public Task UploadAsync(string blobName, byte[] content, string contentType, CancellationToken ct) =>
        _container.GetBlobClient(blobName).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            ct);

    /// <summary>Opens a blob for reading, or null when it does not exist.</summary>
    public async Task<Stream?> OpenReadAsync(string blobName, CancellationToken ct)
    {
        try
        {
            return await _container.GetBlobClient(blobName).OpenReadAsync(cancellationToken: ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
