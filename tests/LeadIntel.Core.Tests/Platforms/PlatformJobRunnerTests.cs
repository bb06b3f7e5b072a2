using System.Collections.Concurrent;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;

namespace LeadIntel.Core.Tests.Platforms;

public class PlatformJobRunnerTests
{
    [Fact]
    public async Task Stops_at_max_results_on_endless_pagination()
    {
        // Every listing page has five details and a next page, forever.
        var adapter = new ScriptedAdapter(job => job.Label == PlatformJobLabels.Listing
            ? Listing(Enumerable.Range(0, 5).Select(i => $"{job.Url}/d{i}"), Next(job.Url))
            : Lead(job));

        var leads = await RunAsync(adapter, maxResults: 12);

        Assert.Equal(12, leads.Count);
        Assert.Equal(3, adapter.Ran.Count(j => j.Label == PlatformJobLabels.Listing));
        Assert.Equal(12, adapter.Ran.Count(j => j.Label == PlatformJobLabels.Detail));
    }

    [Fact]
    public async Task A_failed_detail_is_reported_and_its_slot_goes_to_the_next_listing()
    {
        var adapter = new ScriptedAdapter(job => job.Url switch
        {
            "p1" => Listing(["d1", "d2", "d3"], "p2"),
            "p2" => Listing(["d4", "d5"], null),
            "d2" => throw new PlatformException("d2 answered 404.", retryable: false),
            _ => Lead(job),
        });
        var errors = new List<PlatformJobError>();

        var leads = await RunAsync(adapter, maxResults: 3, errors);

        Assert.Equal(["d1", "d3", "d4"], leads.Select(l => l.Url).Order());
        var error = Assert.Single(errors);
        Assert.Equal(("d2", false), (error.Job.Url, error.Retryable));
        Assert.DoesNotContain(adapter.Ran, j => j.Url == "d5");
    }

    [Fact]
    public async Task Each_job_runs_once_even_when_pages_link_in_a_cycle()
    {
        var adapter = new ScriptedAdapter(job => job.Url switch
        {
            "p1" => Listing(["d1", "d2"], "p2"),
            "p2" => Listing(["d2", "d3"], "p1"),
            _ => Lead(job),
        });

        var leads = await RunAsync(adapter, maxResults: 10);

        Assert.Equal(["d1", "d2", "d3"], leads.Select(l => l.Url).Order());
        Assert.Equal(adapter.Ran.Count, adapter.Ran.Select(j => j.Key).Distinct().Count());
    }

    [Fact]
    public async Task An_unexpected_exception_is_an_error_not_the_end_of_the_run()
    {
        var adapter = new ScriptedAdapter(job => job.Url switch
        {
            "p1" => Listing(["d1", "d2"], null),
            "d1" => throw new InvalidOperationException("parser bug"),
            _ => Lead(job),
        });
        var errors = new List<PlatformJobError>();

        var leads = await RunAsync(adapter, maxResults: 10, errors);

        Assert.Equal("d2", Assert.Single(leads).Url);
        Assert.Equal(("parser bug", false), (Assert.Single(errors).Message, errors[0].Retryable));
    }

    [Fact]
    public async Task Runs_at_most_the_configured_number_of_jobs_at_once()
    {
        const int bound = 3;
        var inFlight = 0;
        var maxInFlight = 0;
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var adapter = new ScriptedAdapter(async job =>
        {
            if (job.Label == PlatformJobLabels.Listing)
            {
                return Listing(Enumerable.Range(0, 10).Select(i => $"d{i}"), null);
            }

            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now == bound)
            {
                full.TrySetResult();
            }

            // Hold every job until the runner has filled all slots: a runner that never reaches the bound times out here.
            await full.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref inFlight);
            return Lead(job);
        });
        var errors = new List<PlatformJobError>();

        var leads = await RunAsync(adapter, maxResults: 10, errors, new PlatformRunnerOptions { MaxConcurrency = bound });

        Assert.Empty(errors);
        Assert.Equal(10, leads.Count);
        Assert.Equal(bound, maxInFlight);
    }

    [Fact]
    public async Task Zero_results_asked_runs_nothing()
    {
        var adapter = new ScriptedAdapter(Lead);

        Assert.Empty(await RunAsync(adapter, maxResults: 0));
        Assert.Empty(adapter.Ran);
    }

    [Fact]
    public async Task Leads_are_stamped_by_the_runner_clock()
    {
        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var adapter = new ScriptedAdapter(job => job.Url == "p1" ? Listing(["d1"], null) : Lead(job));
        var runner = new PlatformJobRunner(adapter, clock: new FixedClock(at));

        var lead = Assert.Single(await runner.RunAsync(new PlatformRequest("q", 5)).ToListAsync());

        Assert.Equal(at, lead.FoundAt);
    }

    private static async Task<List<Lead>> RunAsync(IPlatformAdapter adapter, int maxResults, List<PlatformJobError>? errors = null, PlatformRunnerOptions? options = null) =>
        await new PlatformJobRunner(adapter, options).RunAsync(new PlatformRequest("plumbers", maxResults), errors).ToListAsync();

    private static PlatformStep Listing(IEnumerable<string> details, string? next) => new(
        [],
        details.Select(d => new PlatformJob("test", PlatformJobLabels.Detail, d, "q", "US"))
            .Concat(next is null ? [] : [new PlatformJob("test", PlatformJobLabels.Listing, next, "q", "US")])
            .ToList());

    private static string Next(string url) => "p" + (int.Parse(url[1..], System.Globalization.CultureInfo.InvariantCulture) + 1);

    private static PlatformStep Lead(PlatformJob job) => new([new Lead { Platform = "test", Query = job.Query, Name = job.Url, Url = job.Url }], []);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>An adapter whose pages are a function of the job; the first page is <c>p1</c>.</summary>
    private sealed class ScriptedAdapter : IPlatformAdapter
    {
        private readonly Func<PlatformJob, Task<PlatformStep>> _run;

        public ScriptedAdapter(Func<PlatformJob, PlatformStep> run) => _run = job => Task.FromResult(run(job));

        public ScriptedAdapter(Func<PlatformJob, Task<PlatformStep>> run) => _run = run;

        public ConcurrentQueue<PlatformJob> Ran { get; } = new();

        public string Platform => "test";

        public IReadOnlyList<PlatformJob> Seed(PlatformRequest request) => [new PlatformJob(Platform, PlatformJobLabels.Listing, "p1", request.Query, request.Region)];

        public async Task<PlatformStep> RunAsync(PlatformJob job, DateTimeOffset foundAt, CancellationToken cancellationToken = default)
        {
            Ran.Enqueue(job);
            var step = await _run(job);
            return step with { Leads = step.Leads.Select(l => l with { FoundAt = foundAt }).ToList() };
        }
    }
}
