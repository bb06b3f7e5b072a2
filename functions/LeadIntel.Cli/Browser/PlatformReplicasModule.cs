using LeadIntel.PlatformReplicas;
using LeadIntel.Workflows.Hosting;
using Microsoft.AspNetCore.Builder;

namespace LeadIntel.Cli.Browser;

/// <summary>
/// <c>leadintel up --demo</c>: serves the platform replicas under <c>/replicas</c> and points every browser
/// adapter without a configured <c>BaseUrl</c> at its replica, so browser campaigns run offline. Sessions are
/// left as configured: with none, the platforms behind a login end <c>blocked: login required</c>, as the real
/// sites would (<see cref="ReplicaConfiguration"/> also has placeholder sessions, for tests that want past the wall).
/// </summary>
public sealed class PlatformReplicasModule : ILocalStackModule
{
    public void ConfigureServices(WebApplicationBuilder builder, Uri origin)
    {
        foreach (var (key, value) in ReplicaConfiguration.For(origin).Where(s => s.Key.EndsWith(":BaseUrl", StringComparison.Ordinal)))
        {
            if (string.IsNullOrEmpty(builder.Configuration[key]))
            {
                builder.Configuration[key] = value;
            }
        }
    }

    public void MapEndpoints(WebApplication app) => app.MapPlatformReplicas();
}
