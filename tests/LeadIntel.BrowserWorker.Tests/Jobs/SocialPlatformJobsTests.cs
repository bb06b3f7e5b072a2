using LeadIntel.BrowserWorker.Platforms.Facebook;
using LeadIntel.BrowserWorker.Platforms.Instagram;
using LeadIntel.BrowserWorker.Platforms.Twitter;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using LeadIntel.PlatformReplicas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Jobs;

/// <summary>The X, Facebook and Instagram adapters behind the job queue, configured the way the demo does it (<see cref="ReplicaConfiguration"/>).</summary>
public sealed class SocialPlatformJobsTests
{
    [Fact]
    public async Task Jobs_for_twitter_facebook_and_instagram_complete_with_their_leads_in_parts()
    {
        await using var host = await WorkerHost.StartAsync();
        // The replicas' port is known only now; the adapters read their options on first use.
        var replicas = new ConfigurationBuilder().AddInMemoryCollection(ReplicaConfiguration.For(host.Origin)).Build();
        replicas.GetSection(TwitterOptions.Section).Bind(host.Services.GetRequiredService<IOptions<TwitterOptions>>().Value);
        replicas.GetSection(FacebookOptions.Section).Bind(host.Services.GetRequiredService<IOptions<FacebookOptions>>().Value);
        replicas.GetSection(InstagramOptions.Section).Bind(host.Services.GetRequiredService<IOptions<InstagramOptions>>().Value);
        var jobs = new[] { "twitter", "facebook", "instagram" }
            .Select((platform, i) => WorkerHost.Job("camp-s", "u1", index: i, max: 4, platform: platform, query: "dentists toronto"))
            .ToList();
        jobs.ForEach(host.Queue.Enqueue);

        foreach (var job in jobs)
        {
            var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(3));

            Assert.Equal(BrowserJobStatus.Completed, result.Status);
            Assert.Equal(4, result.Leads);
            var leads = host.Outputs.Parts[Assert.Single(result.Parts)];
            Assert.Equal(4, leads.Count);
            Assert.All(leads, l =>
            {
                Assert.Equal(job.Platform, l.Platform);
                Assert.Equal("Dentist", l.Category);
                Assert.NotNull(l.Website);
            });
        }
    }
}
