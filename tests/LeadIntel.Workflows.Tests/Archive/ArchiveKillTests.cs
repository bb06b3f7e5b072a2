using LeadIntel.Cli.Bench;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Archive;

/// <summary>
/// Kills <c>leadintel up</c> (SIGKILL) after an archive is written and verified but before the hot copy is
/// deleted, starts it again on the same storage, and checks that every lead ends up archived exactly once,
/// the hot copies are gone only after that, and a restore gives the original files back byte for byte.
/// </summary>
[Collection(StackCollection.Name)]
public class ArchiveKillTests(StackFixture fixture)
{
    private const int Campaigns = 3;

    [Fact]
    public async Task A_host_killed_between_archive_write_and_hot_delete_loses_and_duplicates_nothing()
    {
        var user = "ak" + Guid.NewGuid().ToString("N")[..8];
        var seeder = new LeadSeeder(fixture.Stack.Services);
        var archives = fixture.Stack.Services.GetRequiredService<ArchiveTable>();
        var before = new Dictionary<string, byte[]>();
        var counts = new Dictionary<string, int>();
        for (var i = 1; i <= Campaigns; i++)
        {
            var created = new DateTimeOffset(2010, i, 5, 0, 0, 0, TimeSpan.Zero);
            var leads = new SyntheticLeads(i).Generate($"kill{i}", 40 * i, created.AddHours(1), TimeSpan.FromDays(2)).ToList();
            await seeder.MergedAsync(user, $"cmp-{i}", created, leads, "directory", "website", "google_maps", "linkedin");
            before[$"cmp-{i}"] = await ArchiveRoundTripTests.DownloadAsync(fixture.LeadsContainer, $"{user}/cmp-{i}/leads.json");
            counts[$"cmp-{i}"] = leads.Count;
        }

        var port = Workflows.Hosting.AzuriteProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["LEADINTEL_STORAGE"] = fixture.StorageConnectionString,
            ["LeadIntel__Engine__TaskHubName"] = "archkill" + Guid.NewGuid().ToString("N")[..6],
            ["LeadIntel__Engine__VisibilityTimeout"] = "00:00:10",
            // Only campaigns over ten years old (these) are due; the grace holds each verified archive 10 s before its hot delete.
            ["LeadIntel__Archive__ArchiveAfterDays"] = "3650",
            ["LeadIntel__Archive__RetentionDays"] = "36500",
            ["LeadIntel__Archive__HotDeleteGraceSeconds"] = "10",
            ["LeadIntel__Archive__PageSize"] = "10",
        };

        await using (var first = await UpProcess.StartAsync(port, environment, TimeSpan.FromSeconds(60)))
        {
            await WaitForAsync(async () => (await archives.GetAsync(user, "cmp-1", CancellationToken.None))?.State == ArchiveStates.Verified, "cmp-1 verified");
            await first.KillAsync();
        }

        Assert.Equal(ArchiveStates.Verified, (await archives.GetAsync(user, "cmp-1", CancellationToken.None))!.State);
        Assert.Equal(2, (await ArchiveRoundTripTests.NamesAsync(fixture.LeadsContainer, $"{user}/cmp-1/")).Count);

        await using (var second = await UpProcess.StartAsync(port, environment, TimeSpan.FromSeconds(60)))
        {
            await WaitForAsync(
                async () =>
                {
                    for (var i = 1; i <= Campaigns; i++)
                    {
                        if ((await archives.GetAsync(user, $"cmp-{i}", CancellationToken.None))?.State != ArchiveStates.Deleted)
                        {
                            return false;
                        }
                    }

                    return true;
                },
                "every campaign archived and deleted hot");
        }

        var archive = new Azure.Storage.Blobs.BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient("archive");
        for (var i = 1; i <= Campaigns; i++)
        {
            Assert.Empty(await ArchiveRoundTripTests.NamesAsync(fixture.LeadsContainer, $"{user}/cmp-{i}/"));
            Assert.Equal([$"{user}/2010/{i:D2}/cmp-{i}.csv.gz", $"{user}/2010/{i:D2}/manifest.json"], await ArchiveRoundTripTests.NamesAsync(archive, $"{user}/2010/{i:D2}/"));
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(await ArchiveRoundTripTests.DownloadAsync(archive, $"{user}/2010/{i:D2}/manifest.json"))!;
            var entry = Assert.Single(manifest["files"]!.AsArray())!;
            Assert.Equal(counts[$"cmp-{i}"], entry["rows"]!.GetValue<long>());
            var csv = System.Text.Encoding.UTF8.GetString(ArchiveRoundTripTests.Decompress(await ArchiveRoundTripTests.DownloadAsync(archive, $"{user}/2010/{i:D2}/cmp-{i}.csv.gz")));
            Assert.Equal(counts[$"cmp-{i}"] + 1, Exports.CsvRecords.Parse(csv).Count);
        }

        using var api = fixture.NewClient(user);
        using var restore = await api.Http.PostAsync("/api/archive/restore?from=2010-01-01&to=2010-12-31", null);
        Assert.True(restore.IsSuccessStatusCode, await restore.Content.ReadAsStringAsync());
        foreach (var (campaign, bytes) in before)
        {
            Assert.Equal(bytes, await ArchiveRoundTripTests.DownloadAsync(fixture.LeadsContainer, $"{user}/{campaign}/leads.json"));
        }
    }

    /// <summary>Polls storage (the child host has no push to wait on) until the condition holds.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"timed out waiting for: {what}");
    }
}
