using LeadIntel.BrowserWorker.Hosting;
using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.PlatformReplicas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.BrowserWorker.Tests.Platforms;

/// <summary>The worker's registrations against the replica list: what <c>leadintel up --demo</c> wires generically.</summary>
public sealed class BrowserPlatformAdaptersTests
{
    private static readonly Uri Origin = new("http://127.0.0.1:5555/");

    private static BrowserPlatformAdapters Adapters(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddLeadIntelBrowserWorker(configuration);
        return services.BuildServiceProvider().GetRequiredService<BrowserPlatformAdapters>();
    }

    [Fact]
    public void Every_replica_has_its_adapter_and_every_adapter_its_replica()
    {
        var adapters = Adapters(new Dictionary<string, string?>());

        Assert.Equal(ReplicaBasePaths.For(Origin).Keys.Order(), adapters.Names.Order());
        Assert.Equal(["facebook", "google_maps", "instagram", "linkedin", "twitter"], adapters.Names.Order());
    }

    [Fact]
    public void Without_configuration_the_adapters_go_to_the_real_sites()
    {
        var adapters = Adapters(new Dictionary<string, string?>());

        Assert.Equal("x.com", Start(adapters, "twitter").Host);
        Assert.Equal("www.facebook.com", Start(adapters, "facebook").Host);
        Assert.Equal("www.instagram.com", Start(adapters, "instagram").Host);
    }

    [Fact]
    public void The_replica_configuration_points_every_adapter_at_its_replica()
    {
        var adapters = Adapters(ReplicaConfiguration.For(Origin));

        foreach (var (platform, baseUrl) in ReplicaBasePaths.For(Origin))
        {
            Assert.StartsWith(baseUrl.ToString(), Start(adapters, platform).ToString(), StringComparison.Ordinal);
        }
    }

    private static Uri Start(BrowserPlatformAdapters adapters, string platform) =>
        adapters.Find(platform)!.StartRequest(new PlatformSearch(platform, "dentists toronto", 10)).Url;
}
