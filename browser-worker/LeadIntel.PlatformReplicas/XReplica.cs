using Microsoft.AspNetCore.Routing;

namespace LeadIntel.PlatformReplicas;

/// <summary>
/// The X replica: people search and profiles for signed-in visitors (the <c>auth_token</c> cookie);
/// anyone else is sent to the login flow, as x.com does.
/// </summary>
internal static class XReplica
{
    public static void Map(IEndpointRouteBuilder app, string prefix)
    {
        var x = prefix + ReplicaBasePaths.Twitter;
        string Login(string next) => $"{x}/i/flow/login?redirect_after_login={Uri.EscapeDataString(next)}";
        PlatformReplicaEndpoints.MapStatic(app, x + "/_/static/{file}", "x/");
        PlatformReplicaEndpoints.MapPage(app, x + "/i/flow/login", "x/login.html", x);
        PlatformReplicaEndpoints.MapSignedInPage(app, x + "/search", "x/search.html", x, "auth_token", Login);
        PlatformReplicaEndpoints.MapSignedInPage(app, x + "/{handle}", "x/profile.html", x, "auth_token", Login);
    }
}
