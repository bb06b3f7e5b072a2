using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadIntel.Demo.Catalog;
using LeadIntel.Workflows.Bench;
using LeadIntel.Workflows.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Measures the local stack on its own Azurite: a directory campaign fanning out to N listings (each read,
/// its website crawled, leads written per batch, merged to CSV), then the engine's per-activity overhead with
/// no-op activities, in a chain and as one fan-out.
/// </summary>
public sealed class CampaignBenchmark(TextWriter output)
{
    public async Task<int> RunAsync(int listings, int noopActivities, CancellationToken ct)
    {
        var data = Path.Combine(Path.GetTempPath(), "leadintel-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var stack = await LocalStack.StartAsync(new LocalStackOptions { Port = 0, DataDirectory = data, Demo = true, DemoCatalog = Catalog(listings) }, ct);
            var client = stack.Services.GetRequiredService<DurableTaskClient>();
            await output.WriteLineAsync($"local stack up at {stack.Address} (Azurite in {data})");

            await CampaignAsync(stack.Address, listings, client, ct);
            await OverheadAsync(client, noopActivities, sequential: true, ct);
            await OverheadAsync(client, noopActivities, sequential: false, ct);
            return 0;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Enough invented businesses for the fan-out: bundled catalogs of several seeds, slugs kept unique.</summary>
    private static BusinessCatalog Catalog(int listings)
    {
        var businesses = new List<Business>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = BusinessCatalog.DefaultSeed; businesses.Count < listings; seed++)
        {
            businesses.AddRange(BusinessCatalog.Create(seed).Businesses.Where(b => slugs.Add(b.Slug)));
        }

        return new BusinessCatalog(businesses);
    }

    private async Task CampaignAsync(Uri api, int listings, DurableTaskClient client, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = api };
        var clock = Stopwatch.StartNew();
        // "best" is a filler word to the demo directory: it matches every business.
        var created = await http.PostAsJsonAsync("api/campaigns", new JsonObject { ["queries"] = new JsonArray("best"), ["platforms"] = new JsonArray("directory"), ["max_results"] = listings }, ct);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync(ct))!["id"]!.GetValue<string>();
        JsonNode campaign;
        do
        {
            await Task.Delay(250, ct);
            campaign = JsonNode.Parse(await http.GetStringAsync($"api/campaigns/{id}", ct))!;
        }
        while (campaign["status"]!.GetValue<string>() is "pending" or "running");

        var seconds = clock.Elapsed.TotalSeconds;
        var progress = campaign["progress"]!;
        var found = progress["found"]!.GetValue<int>();
        var batchSize = Workflows.Models.CampaignOptions.Default.BatchSize;
        // One discovery, the batches, one merge (batches continued after a time budget would add to this).
        var activities = 2 + ((found + batchSize - 1) / batchSize);
        await output.WriteLineAsync(
            $"campaign: {campaign["status"]} — {found} listings, {progress["processed"]} read, {campaign["lead_count"]} leads, {progress["phones"]} phones, {progress["errors"]} errors");
        await output.WriteLineAsync(
            $"campaign: {seconds:0.0} s wall, {found / seconds:0.0} listings/s, {activities} activities ({activities / seconds:0.0} activities/s), batch size {batchSize}");
    }

    private async Task OverheadAsync(DurableTaskClient client, int count, bool sequential, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(EngineOverheadOrchestrator), new EngineOverheadRequest(count, sequential), ct);
        OrchestrationMetadata? instance;
        do
        {
            // Polling the instance answers sooner than WaitForInstanceCompletionAsync through the sidecar.
            await Task.Delay(50, ct);
            instance = await client.GetInstanceAsync(id, ct);
        }
        while (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending } or null);

        var seconds = clock.Elapsed.TotalSeconds;
        var shape = sequential ? "chain" : "fan-out";
        await output.WriteLineAsync(
            $"engine overhead, {count} no-op activities as one {shape}: {seconds:0.00} s, {count / seconds:0.0} activities/s, {seconds * 1000 / count:0.0} ms per activity ({instance.RuntimeStatus})");
    }
}
