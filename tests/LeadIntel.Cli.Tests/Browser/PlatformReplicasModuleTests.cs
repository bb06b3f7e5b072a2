using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Platforms.Instagram;
using LeadIntel.BrowserWorker.Platforms.LinkedIn;
using LeadIntel.Cli.Browser;
using LeadIntel.PlatformReplicas;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace LeadIntel.Cli.Tests.Browser;

public sealed class PlatformReplicasModuleTests
{
    private static readonly Uri Origin = new("http://127.0.0.1:7071/");

    [Fact]
    public void Every_replica_becomes_its_adapters_base_url_unless_one_is_configured_and_no_session_is_invented()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["LeadIntel:Platforms:LinkedIn:BaseUrl"] = "https://www.linkedin.com/";

        new PlatformReplicasModule().ConfigureServices(builder, Origin);

        var urls = ReplicaBasePaths.For(Origin);
        Assert.Equal(urls["google_maps"], builder.Configuration.GetSection(GoogleMapsOptions.Section).Get<GoogleMapsOptions>()!.BaseUrl);
        var instagram = builder.Configuration.GetSection(InstagramOptions.Section).Get<InstagramOptions>()!;
        Assert.Equal(urls["instagram"], instagram.BaseUrl);
        Assert.Null(instagram.SessionCookie);
        var linkedin = builder.Configuration.GetSection(LinkedInOptions.Section).Get<LinkedInOptions>()!;
        Assert.Equal(new Uri("https://www.linkedin.com/"), linkedin.BaseUrl);
        Assert.Null(linkedin.SessionCookie);
        // Every replica has a base URL entry, so none is left pointing at the real site.
        Assert.Equal(urls.Count, ReplicaConfiguration.For(Origin).Keys.Count(k => k.EndsWith(":BaseUrl", StringComparison.Ordinal)));
    }
}
