using Microsoft.AspNetCore.Routing;

namespace LeadIntel.PlatformReplicas;

/// <summary>
/// The Facebook replica: Pages search for signed-in visitors (the <c>xs</c> cookie; anyone else goes to
/// the login page), and Pages whose About tab a logged-out visitor sees only behind the "See more on
/// Facebook" wall. Every page opens under the EU cookie dialog until a choice is made; under
/// <see cref="ReplicaBasePaths.FacebookConsent"/> the choice never sticks.
/// </summary>
internal static class FacebookReplica
{
    public static void Map(IEndpointRouteBuilder app, string prefix)
    {
        foreach (var mount in new[] { ReplicaBasePaths.Facebook, ReplicaBasePaths.FacebookConsent })
        {
            var fb = prefix + mount;
            string Login(string next) => $"{fb}/login/?next={Uri.EscapeDataString(next)}";
            PlatformReplicaEndpoints.MapStatic(app, fb + "/_/static/{file}", "facebook/");
            PlatformReplicaEndpoints.MapPage(app, fb + "/login/", "facebook/login.html", fb);
            PlatformReplicaEndpoints.MapSignedInPage(app, fb + "/search/pages/", "facebook/search.html", fb, "xs", Login);
            PlatformReplicaEndpoints.MapPage(app, fb + "/{slug}/", "facebook/page.html", fb);
            PlatformReplicaEndpoints.MapPage(app, fb + "/{slug}/about_contact_and_basic_info", "facebook/page.html", fb);
        }
    }
}
