using System.Text.Json;
using Azure.Storage.Queues;
using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using LeadIntel.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Jobs;

/// <summary>
/// The browser jobs queue on Azurite, filled by the workflows' <see cref="BrowserJobQueue"/> as a campaign fills it:
/// renewal keeps a running job hidden, a job whose worker died comes back, a job that keeps failing ends poisoned.
/// </summary>
public sealed class AzureBrowserJobQueueTests(AzuriteStorage storage) : IClassFixture<AzuriteStorage>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private (AzureBrowserJobQueue Worker, BrowserJobQueue Workflows, QueueClient Jobs, QueueClient Poison) NewQueues()
    {
        var jobs = storage.NewQueue("jobs");
        var poison = storage.NewQueue("poison");
        var workflows = new BrowserJobQueue(new QueueServiceClient(storage.ConnectionString), Options.Create(new StorageOptions { BrowserJobsQueue = jobs.Name }));
        return (new AzureBrowserJobQueue(jobs, poison), workflows, jobs, poison);
    }

    /// <summary>Receives until a job arrives or the deadline passes.</summary>
    private static async Task<QueuedBrowserJob?> ReceiveWithinAsync(AzureBrowserJobQueue queue, TimeSpan visibility, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        do
        {
            if ((await queue.ReceiveAsync(1, visibility, CancellationToken.None)).SingleOrDefault() is { } job)
            {
                return job;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < until);
        return null;
    }

    [Fact]
    public async Task Renewal_keeps_a_running_job_hidden_past_its_first_visibility_and_completing_deletes_it()
    {
        var (queue, workflows, jobs, _) = NewQueues();
        await queue.EnsureCreatedAsync(CancellationToken.None);
        var sent = WorkerHost.Job("camp-renew", "u1");
        await workflows.EnqueueAsync(sent, CancellationToken.None);

        var running = Assert.Single(await queue.ReceiveAsync(4, TimeSpan.FromSeconds(2), CancellationToken.None));
        Assert.Equal(sent, running.Job);
        Assert.Equal(1, running.DequeueCount);

        // Three times the first visibility: each renewal pushes it out again, so no other worker sees the job.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(6);
        while (DateTime.UtcNow < until)
        {
            var receipt = running.Receipt;
            await queue.RenewAsync(running, TimeSpan.FromSeconds(2), CancellationToken.None);
            Assert.NotEqual(receipt, running.Receipt);
            Assert.Empty(await queue.ReceiveAsync(4, TimeSpan.FromSeconds(2), CancellationToken.None));
            await Task.Delay(500);
        }

        await queue.CompleteAsync(running, CancellationToken.None);
        Assert.Empty((await jobs.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task A_job_whose_worker_died_comes_back_after_its_visibility_and_a_returned_one_at_once()
    {
        var (queue, workflows, _, _) = NewQueues();
        await queue.EnsureCreatedAsync(CancellationToken.None);
        var sent = WorkerHost.Job("camp-crash", "u1");
        await workflows.EnqueueAsync(sent, CancellationToken.None);

        // The first worker takes it and dies: no renewal, no completion.
        var lost = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(2), CancellationToken.None));
        var again = await ReceiveWithinAsync(queue, TimeSpan.FromSeconds(30), Deadline);

        Assert.NotNull(again);
        Assert.Equal(lost.MessageId, again.MessageId);
        Assert.Equal(sent, again.Job);
        Assert.Equal(2, again.DequeueCount);

        // A worker that stops hands its job back with no delay: the next receive gets it.
        await queue.ReturnAsync(again, TimeSpan.Zero, CancellationToken.None);
        var third = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal(3, third.DequeueCount);
    }

    [Fact]
    public async Task The_consumer_poisons_a_job_that_keeps_failing_and_an_unreadable_message()
    {
        var (queue, workflows, jobs, poison) = NewQueues();
        await queue.EnsureCreatedAsync(CancellationToken.None);
        var settings = new Dictionary<string, string?>
        {
            // Nothing listens on port 9 of loopback: the first page never loads, every delivery fails.
            ["LeadIntel:Platforms:GoogleMaps:BaseUrl"] = "http://127.0.0.1:9/",
            ["LeadIntel:Platforms:GoogleMaps:PageTimeout"] = "00:00:05",
            ["LeadIntel:BrowserJobs:MaxDeliveries"] = "2",
        };
        await using var host = await WorkerHost.StartAsync(settings, services: s => s.AddSingleton<IBrowserJobQueue>(queue));
        var job = WorkerHost.Job("camp-poison", "u1");
        await workflows.EnqueueAsync(job, CancellationToken.None);
        await jobs.SendMessageAsync("{not json");

        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.Failed("failed 2 times"), result.Status);
        Assert.Equal(3, result.Attempt);
        var poisoned = (await poison.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        Assert.Equal(2, poisoned.Count);
        Assert.Contains("{not json", poisoned);
        Assert.Equal(job, JsonSerializer.Deserialize(poisoned.Single(body => body != "{not json"), BrowserJobJson.Default.BrowserJob));
        Assert.Empty((await jobs.PeekMessagesAsync(32)).Value);
    }
}
