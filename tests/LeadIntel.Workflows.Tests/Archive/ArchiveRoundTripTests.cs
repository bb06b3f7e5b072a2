using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using LeadIntel.Cli.Bench;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Tests.Exports;
using LeadIntel.Workflows.Tests.Fixtures;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Archive;

/// <summary>One archive cycle on the local engine: cold campaigns move to gzip CSV with a manifest, then come back byte for byte.</summary>
[Collection(StackCollection.Name)]
public class ArchiveRoundTripTests(StackFixture fixture)
{
    private static readonly DateTimeOffset January = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset February = new(2025, 2, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Cold_campaigns_are_archived_verified_and_deleted_hot_then_restored_byte_for_byte()
    {
        var user = "ar" + Guid.NewGuid().ToString("N")[..8];
        var seeder = new LeadSeeder(fixture.Stack.Services);
        var generator = new SyntheticLeads(5);
        var old1 = generator.Generate("old1", 120, January, TimeSpan.FromDays(3)).ToList();
        var old2 = generator.Generate("old2", 80, February, TimeSpan.FromDays(2)).ToList();
        var recent = generator.Generate("recent", 10, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1)).ToList();
        string[] platforms = ["directory", "website", "google_maps", "linkedin"];
        await seeder.MergedAsync(user, "cmp-old1", January.AddHours(-1), old1, platforms);
        await seeder.MergedAsync(user, "cmp-old2", February.AddHours(-1), old2, platforms);
        await seeder.MergedAsync(user, "cmp-recent", DateTimeOffset.UtcNow.AddHours(-3), recent, platforms);
        var leadsJsonBefore = await DownloadAsync(fixture.LeadsContainer, $"{user}/cmp-old1/leads.json");
        using var api = fixture.NewClient(user);

        var result = await RunOnceAsync(user, retentionDays: 3650);

        Assert.Equal(2, result.Archived);
        var archive = new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient("archive");
        var file = await DownloadAsync(archive, $"{user}/2025/01/cmp-old1.csv.gz");
        var manifest = JsonNode.Parse(await DownloadAsync(archive, $"{user}/2025/01/manifest.json"))!;
        var entry = Assert.Single(manifest["files"]!.AsArray())!;
        Assert.Equal("cmp-old1", entry["campaign"]!.GetValue<string>());
        Assert.Equal(120, entry["rows"]!.GetValue<long>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), entry["sha256"]!.GetValue<string>());
        var records = CsvRecords.Parse(Encoding.UTF8.GetString(Decompress(file)));
        Assert.Equal(LeadCsv.ArchiveColumns, records[0]);
        Assert.Equal(121, records.Count);
        Assert.Equal(80, JsonNode.Parse(await DownloadAsync(archive, $"{user}/2025/02/manifest.json"))!["files"]![0]!["rows"]!.GetValue<long>());

        Assert.Empty(await NamesAsync(fixture.LeadsContainer, $"{user}/cmp-old1/"));
        Assert.Empty(await NamesAsync(fixture.LeadsContainer, $"{user}/cmp-old2/"));
        Assert.Equal(2, (await NamesAsync(fixture.LeadsContainer, $"{user}/cmp-recent/")).Count);
        Assert.Equal(LeadCsv.Write(recent), await api.Http.GetByteArrayAsync("/api/exports?format=csv"));

        using var restore = await api.Http.PostAsync("/api/archive/restore?from=2025-01-01&to=2025-01-31", null);
        var restored = JsonNode.Parse(await restore.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Equal(120, restored["leads"]!.GetValue<long>());
        Assert.Equal("cmp-old1", Assert.Single(restored["campaigns"]!.AsArray())!["campaign"]!.GetValue<string>());
        Assert.Equal(leadsJsonBefore, await DownloadAsync(fixture.LeadsContainer, $"{user}/cmp-old1/leads.json"));
        Assert.Equal(LeadCsv.Write(old1), await DownloadAsync(fixture.LeadsContainer, $"{user}/cmp-old1/leads.csv"));
        Assert.Equal(LeadCsv.Write([.. old1, .. recent]), await api.Http.GetByteArrayAsync("/api/exports?format=csv"));

        // Restoring again rewrites the same files; a restored campaign is held in hot storage, not re-archived at once.
        using var again = await api.Http.PostAsync("/api/archive/restore?from=2025-01-01&to=2025-01-31", null);
        Assert.Equal(120, JsonNode.Parse(await again.Content.ReadAsStringAsync())!["leads"]!.GetValue<long>());
        Assert.Equal(leadsJsonBefore, await DownloadAsync(fixture.LeadsContainer, $"{user}/cmp-old1/leads.json"));
        Assert.Equal(0, (await RunOnceAsync(user, retentionDays: 3650)).Archived);
        Assert.Equal(2, (await NamesAsync(fixture.LeadsContainer, $"{user}/cmp-old1/")).Count);
    }

    [Fact]
    public async Task Retention_deletes_archives_past_it_and_takes_them_out_of_the_manifest()
    {
        var user = "rt" + Guid.NewGuid().ToString("N")[..8];
        var created = new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await new LeadSeeder(fixture.Stack.Services).MergedAsync(
            user, "cmp-ancient", created, new SyntheticLeads(9).Generate("ancient", 30, created, TimeSpan.FromDays(1)).ToList(), "directory", "website", "google_maps", "linkedin");

        var result = await RunOnceAsync(user, retentionDays: 365);

        Assert.Equal((1, 1), (result.Archived, result.Purged));
        var archive = new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient("archive");
        Assert.Equal([$"{user}/2020/06/manifest.json"], await NamesAsync(archive, $"{user}/"));
        Assert.Empty(JsonNode.Parse(await DownloadAsync(archive, $"{user}/2020/06/manifest.json"))!["files"]!.AsArray());
        var record = await fixture.Stack.Services.GetRequiredService<ArchiveTable>().GetAsync(user, "cmp-ancient", CancellationToken.None);
        Assert.Equal(ArchiveStates.Purged, record!.State);
        Assert.Empty(await NamesAsync(fixture.LeadsContainer, $"{user}/"));
    }

    private async Task<ArchiveRunResult> RunOnceAsync(string user, int retentionDays)
    {
        var client = fixture.Stack.Services.GetRequiredService<DurableTaskClient>();
        var run = ArchiveRun.From(new ArchiveOptions { RetentionDays = retentionDays, PageSize = 2 }, once: true, user: user);
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(ArchiveOrchestrator), run);
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
            {
                return instance.ReadOutputAs<ArchiveRunResult>()!;
            }

            Assert.False(instance?.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated, instance?.FailureDetails?.ErrorMessage);
            await Task.Delay(250);
        }

        Assert.Fail("the archive run did not complete in time");
        return null!;
    }

    internal static async Task<byte[]> DownloadAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    internal static async Task<List<string>> NamesAsync(BlobContainerClient container, string prefix)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }))
        {
            names.Add(item.Name);
        }

        return names;
    }

    internal static byte[] Decompress(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
