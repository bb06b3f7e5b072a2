using LeadIntel.PlatformReplicas;
using LeadIntel.Workflows.Hosting;
using Microsoft.AspNetCore.Builder;

namespace LeadIntel.Cli.Browser;

/// <summary>
/// <c>leadintel up --demo</c>: serves the platform replicas under <c>/replicas</c> and points every browser
/// adapter without a configured <c>BaseUrl</c> at its replica, so browser campaigns run offline.
/// </summary>
public sealed class PlatformReplicasModule : ILocalStackModule
{
    /// <summary>Adapter settings live under <c>LeadIntel:Platforms:&lt;Name&gt;</c>, the platform name without underscores (keys ignore case).</summary>
    public static string BaseUrlKey(string platform) => $"LeadIntel:Platforms:{platform.Replace("_", string.Empty, StringComparison.Ordinal)}:BaseUrl";

    public void ConfigureServices(WebApplicationBuilder builder, Uri origin)
    {
        foreach (var (platform, baseUrl) in ReplicaBasePaths.For(origin))
        {
            var key = BaseUrlKey(platform);
            if (string.IsNullOrEmpty(builder.Configuration[key]))
            {
                builder.Configuration[key] = baseUrl.ToString();
            }
        }
    }

    public void MapEndpoints(WebApplication app) => app.MapPlatformReplicas();
}
