using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>Lead parts as JSON blobs in the leads container (the format the campaign merge reads).</summary>
public sealed class BlobLeadPartStore(BlobContainerClient container) : ILeadPartStore
{
    public Task EnsureCreatedAsync(CancellationToken ct) => container.CreateIfNotExistsAsync(cancellationToken: ct);

    public async Task DeleteAsync(string prefix, CancellationToken ct)
    {
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, ct).ConfigureAwait(false))
        {
            await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: ct).ConfigureAwait(false);
        }
    }

    public Task WriteAsync(string name, IReadOnlyList<Lead> leads, CancellationToken ct) =>
        container.GetBlobClient(name).UploadAsync(
            new BinaryData(JsonSerializer.SerializeToUtf8Bytes(leads, LeadIntelJson.Default.IReadOnlyListLead)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            ct);
}
