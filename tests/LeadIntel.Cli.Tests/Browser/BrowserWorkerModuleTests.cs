using LeadIntel.BrowserWorker.Jobs;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Cli.Browser;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadIntel.Cli.Tests.Browser;

public sealed class BrowserWorkerModuleTests
{
    private const string Storage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1";

    private static WebApplicationBuilder Builder(string chromium, Dictionary<string, string?>? extra = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["LeadIntel:Storage:ConnectionString"] = Storage;
        builder.Configuration["LeadIntel:Browser:ExecutablePath"] = chromium;
        foreach (var (key, value) in extra ?? [])
        {
            builder.Configuration[key] = value;
        }

        return builder;
    }

    [Fact]
    public void Without_chromium_the_worker_stays_out_and_says_where_it_looked()
    {
        var builder = Builder("/nonexistent/chromium");
        var module = new BrowserWorkerModule();

        module.ConfigureServices(builder, new Uri("http://127.0.0.1:7071/"));

        Assert.False(module.Enabled);
        Assert.Contains("/nonexistent/chromium", module.Status);
        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(BrowserPool));
        Assert.DoesNotContain(builder.Services, s => s.ImplementationType == typeof(BrowserJobConsumer));
    }

    [Fact]
    public void With_chromium_the_worker_reads_the_stacks_queues_and_campaign_owners()
    {
        // Any existing file stands in for the browser: nothing is launched before the first job.
        var chromium = typeof(BrowserWorkerModuleTests).Assembly.Location;
        var builder = Builder(chromium, new()
        {
            ["LeadIntel:Storage:BrowserJobsQueue"] = "jobs-x",
            ["LeadIntel:Storage:BrowserResultsQueue"] = "results-x",
            ["LeadIntel:Storage:LeadsContainer"] = "leads-x",
            // A value configured for the worker itself wins over the stack's.
            ["LeadIntel:BrowserJobs:StopGrace"] = "00:00:03",
        });
        var module = new BrowserWorkerModule();

        module.ConfigureServices(builder, new Uri("http://127.0.0.1:7071/"));

        Assert.True(module.Enabled);
        Assert.Contains("http://127.0.0.1:7071/hubs/live", module.Status);
        var jobs = builder.Build().Services.GetRequiredService<IOptions<BrowserJobOptions>>().Value;
        Assert.Equal((Storage, "jobs-x", "results-x", "leads-x"), (jobs.ConnectionString, jobs.JobsQueue, jobs.ResultsQueue, jobs.LeadsContainer));
        Assert.Equal(TimeSpan.FromSeconds(3), jobs.StopGrace);
        Assert.Contains(builder.Services, s => s.ServiceType == typeof(ITaskDirectory) && s.ImplementationType == typeof(CampaignTaskDirectory));
        Assert.Single(builder.Services, s => s.ServiceType == typeof(ITaskDirectory));
        Assert.Contains(builder.Services, s => s.ImplementationType == typeof(BrowserJobConsumer));
    }
}
