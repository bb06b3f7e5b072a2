using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.BrowserWorker.Tests.Pool;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.BrowserWorker.Tests.Jobs;

public sealed class BrowserJobConsumerTests
{
    [Fact]
    public async Task Jobs_run_concurrently_and_each_result_points_at_its_parts()
    {
        await using var host = await WorkerHost.StartAsync();
        var a = WorkerHost.Job("camp-a", "u1", index: 0, max: 2);
        var b = WorkerHost.Job("camp-a", "u1", index: 1, max: 2, query: "plumbers in Toronto");
        host.Queue.Enqueue(a);
        host.Queue.Enqueue(b);

        var ra = await host.ResultAsync(a.InstanceId, TimeSpan.FromMinutes(2));
        var rb = await host.ResultAsync(b.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(["u1/camp-a/parts/000-000000.json"], ra.Parts);
        Assert.Equal(["u1/camp-a/parts/001-000000.json"], rb.Parts);
        Assert.All(host.Outputs.Parts["u1/camp-a/parts/001-000000.json"], l => Assert.Equal("Plumber", l.Category));
        Assert.Equal(1, ra.Attempt);
        Assert.Equal(0, host.Queue.Count);
    }

    [Fact]
    public async Task A_job_that_keeps_failing_goes_to_the_poison_queue_with_a_failed_result()
    {
        var settings = new Dictionary<string, string?>
        {
            // Nothing listens on port 9 of loopback: the first page never loads.
            ["LeadIntel:Platforms:GoogleMaps:BaseUrl"] = "http://127.0.0.1:9/",
            ["LeadIntel:Platforms:GoogleMaps:PageTimeout"] = "00:00:05",
            ["LeadIntel:BrowserJobs:MaxDeliveries"] = "2",
        };
        await using var host = await WorkerHost.StartAsync(settings);
        var job = WorkerHost.Job("camp-p", "u1");
        host.Queue.Enqueue(job);
        host.Queue.EnqueueRaw("{not json");

        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.Failed("failed 2 times"), result.Status);
        Assert.Equal(3, result.Attempt);
        Assert.Equal(2, host.Queue.Poisoned.Count);
        Assert.Contains(host.Queue.Poisoned, p => p.Reason == "not a browser job");
        Assert.Equal(0, host.Queue.Count);
    }

    [Fact]
    public async Task A_blocked_search_finishes_with_its_block_status_not_an_empty_success()
    {
        var settings = new Dictionary<string, string?> { ["LeadIntel:Platforms:LinkedIn:BaseUrl"] = "http://placeholder/" };
        await using var host = await WorkerHost.StartAsync();
        host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BrowserWorker.Platforms.LinkedIn.LinkedInOptions>>().Value.BaseUrl =
            PlatformReplicas.ReplicaBasePaths.For(host.Origin)["linkedin"];
        var job = WorkerHost.Job("camp-b", "u1", platform: "linkedin", query: "nursing student");
        host.Queue.Enqueue(job);

        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.LoginRequired, result.Status);
        Assert.False(result.Completed);
        Assert.Contains(result.Errors, e => e.StartsWith(BrowserJobStatus.LoginRequired, StringComparison.Ordinal));
        Assert.Equal(0, host.Queue.Count);
    }

    [Fact]
    public async Task A_killed_chromium_is_replaced_and_the_job_retried_to_completion()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WorkerHost.StartAsync(services: s => s.AddSingleton<ITaskDirectory>(new SignallingDirectory(started)));
        var job = WorkerHost.Job("camp-k", "u1", max: 5);
        host.Queue.Enqueue(job);

        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var pid = ChromiumProcesses.MainPid(Assert.Single(host.Pool.BrowserMarkers));
        ChromiumProcesses.Kill(pid!.Value);
        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.Completed, result.Status);
        Assert.Equal(5, result.Leads);
        Assert.Equal(5, host.Outputs.Parts[job.PartName(0)].Count);
        Assert.Equal(2, host.Pool.LaunchedBrowsers);
    }

    [Fact]
    public async Task Shutdown_returns_running_jobs_to_the_queue_and_a_restart_finishes_all_without_duplicates()
    {
        var queue = new InMemoryBrowserJobQueue();
        var outputs = new InMemoryJobOutputs();
        var settings = new Dictionary<string, string?> { ["LeadIntel:BrowserJobs:StopGrace"] = "00:00:00", ["LeadIntel:BrowserJobs:MaxConcurrentJobs"] = "1" };
        var jobs = Enumerable.Range(0, 3).Select(i => WorkerHost.Job("camp-s", "u1", index: i, max: 4)).ToList();
        jobs.ForEach(queue.Enqueue);

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var first = await WorkerHost.StartAsync(settings, queue, outputs, s => s.AddSingleton<ITaskDirectory>(new SignallingDirectory(started))))
        {
            await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await first.StopAsync();
        }

        Assert.Equal(3, queue.Count + outputs.Results.Count);

        await using var second = await WorkerHost.StartAsync(settings, queue, outputs);
        foreach (var job in jobs)
        {
            await second.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));
        }

        Assert.Equal(0, queue.Count);
        var leads = outputs.Parts.Where(p => p.Key.StartsWith("u1/camp-s/parts/", StringComparison.Ordinal)).SelectMany(p => p.Value).ToList();
        Assert.Equal(12, leads.Count);
        Assert.Equal(3, leads.Select(l => l.Query).Count() / 4);
        Assert.All(jobs, j => Assert.Equal(4, outputs.Parts[j.PartName(0)].Select(l => l.Url).Distinct().Count()));
    }

    /// <summary>Tells the test when a job has its page (the worker registers the task then).</summary>
    private sealed class SignallingDirectory(TaskCompletionSource started) : ITaskDirectory
    {
        private readonly InMemoryTaskDirectory _inner = new();

        public void Register(string taskId, string userId)
        {
            _inner.Register(taskId, userId);
            started.TrySetResult();
        }

        public ValueTask<bool> CanSeeAsync(string userId, string taskId, CancellationToken ct) => _inner.CanSeeAsync(userId, taskId, ct);
    }
}
