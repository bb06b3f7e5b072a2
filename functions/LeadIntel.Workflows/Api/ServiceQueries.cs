using Azure;
using Azure.Storage.Queues;
using LeadIntel.Workflows.Engine;
using LeadIntel.Workflows.Orchestrations;
using LeadIntel.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/health</c> and <c>GET /api/metrics</c>.</summary>
public sealed class ServiceQueries(CampaignTable campaigns, QueueServiceClient queues, IOptions<EngineOptions> engine, IOptions<StorageOptions> storage)
{
    public async Task<IResult> HealthAsync(DurableTaskClient client, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var storageOk = await campaigns.IsReachableAsync(timeout.Token);
        var engineOk = true;
        try
        {
            // Any answer proves the engine serves queries; an unknown instance is simply null.
            await client.GetInstanceAsync("health-probe", timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            engineOk = false;
        }

        var ok = storageOk && engineOk;
        var report = new HealthReport(ok ? "ok" : "unavailable", storageOk ? "ok" : "unreachable", engineOk ? "ok" : "unreachable");
        return Results.Json(report, ApiJson.Default.HealthReport, statusCode: ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    public async Task<IResult> MetricsAsync(DurableTaskClient client, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [CampaignStatus.Pending] = 0, [CampaignStatus.Running] = 0, [CampaignStatus.Paused] = 0,
            [CampaignStatus.Completed] = 0, [CampaignStatus.Failed] = 0, [CampaignStatus.Stopped] = 0,
        };
        var durations = new List<double>();
        var query = new OrchestrationQuery { InstanceIdPrefix = "cmp-", FetchInputsAndOutputs = false, PageSize = 500 };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(ct))
        {
            if (instance.Name != nameof(CampaignOrchestrator))
            {
                continue;
            }

            var status = CampaignStatus.From(instance);
            counts[status]++;
            if (status == CampaignStatus.Completed)
            {
                durations.Add((instance.LastUpdatedAt - instance.CreatedAt).TotalSeconds);
            }
        }

        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefix = engine.Value.TaskHubName.ToLowerInvariant();
        await foreach (var item in queues.GetQueuesAsync(cancellationToken: ct))
        {
            if (item.Name.StartsWith(prefix + "-", StringComparison.Ordinal) || item.Name == storage.Value.BrowserJobsQueue)
            {
                depths[item.Name] = await DepthAsync(queues.GetQueueClient(item.Name), ct);
            }
        }

        var stats = durations.Count == 0 ? new DurationStats(0, 0, 0) : new DurationStats(durations.Count, Math.Round(durations.Average(), 2), Math.Round(durations.Max(), 2));
        return Results.Json(new MetricsReport(counts, depths, stats), ApiJson.Default.MetricsReport);
    }

    private static async Task<int> DepthAsync(QueueClient queue, CancellationToken ct)
    {
        try
        {
            return (await queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException)
        {
            return -1;
        }
    }
}
