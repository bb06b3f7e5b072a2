using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadIntel.PlatformReplicas;

/// <summary>
/// Serves the bundled replicas of the browser platforms (same structure, roles, aria-labels and lazy
/// loading as the real sites; invented data) so the adapters can run offline: in tests and in
/// <c>leadintel up --demo</c>. Each platform lives under its own base path (see <see cref="ReplicaBasePaths"/>).
/// </summary>
public static class PlatformReplicaEndpoints
{
    private const string MovingMapScript = "<script src=\"%BASE%/maps/_/static/scene.js\"></script>";

    /// <summary>Maps every replica under <paramref name="prefix"/> (default <c>/replicas</c>).</summary>
    public static IEndpointRouteBuilder MapPlatformReplicas(this IEndpointRouteBuilder app, string prefix = ReplicaBasePaths.DefaultPrefix)
    {
        prefix = prefix.TrimEnd('/');
        MapGoogleMaps(app, prefix);
        MapLinkedIn(app, prefix);
        XReplica.Map(app, prefix);
        FacebookReplica.Map(app, prefix);
        InstagramReplica.Map(app, prefix);
        return app;
    }

    private static void MapLinkedIn(IEndpointRouteBuilder app, string prefix)
    {
        // People search needs a session (the li_at cookie, checked by the page as on the real site);
        // without one the page sends the visitor to the auth wall.
        var linkedin = prefix + ReplicaBasePaths.LinkedIn;
        MapStatic(app, linkedin + "/_/static/{file}", "linkedin/");
        MapPage(app, linkedin + "/search/results/people/", "linkedin/search.html", linkedin);
        MapPage(app, linkedin + "/in/{slug}", "linkedin/profile.html", linkedin);
        MapPage(app, linkedin + "/authwall", "linkedin/authwall.html", linkedin);
    }

    private static void MapGoogleMaps(IEndpointRouteBuilder app, string prefix)
    {
        var google = prefix + ReplicaBasePaths.GoogleMaps;
        MapStatic(app, google + "/maps/_/static/{file}", "google-maps/");
        MapPage(app, google + "/maps/search/{**rest}", "google-maps/search.html", google);
        MapPage(app, google + "/maps/place/{**rest}", "google-maps/place.html", google);

        // Scenario mounts: the same site behind a consent page, or behind a CAPTCHA ("unusual traffic").
        var consent = prefix + ReplicaBasePaths.GoogleMapsConsent;
        app.MapGet(consent + "/maps/{**rest}", (HttpContext http) =>
            Results.Redirect($"{consent}/consent/ml?continue={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}"));
        MapPage(app, consent + "/consent/ml", "google-maps/consent.html", consent);
        var captcha = prefix + ReplicaBasePaths.GoogleMapsCaptcha;
        app.MapGet(captcha + "/maps/{**rest}", (HttpContext http) =>
            Results.Redirect($"{captcha}/sorry/index?continue={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}"));
        MapPage(app, captcha + "/sorry/index", "google-maps/sorry.html", captcha);

        // The same site with a marker that never stops moving over the map: every frame changes, for measuring the live view.
        var moving = prefix + ReplicaBasePaths.GoogleMapsMoving;
        MapStatic(app, moving + "/maps/_/static/{file}", "google-maps/");
        MapPage(app, moving + "/maps/search/{**rest}", "google-maps/search.html", moving, MovingMapScript);
        MapPage(app, moving + "/maps/place/{**rest}", "google-maps/place.html", moving, MovingMapScript);
    }

    /// <param name="extraScript">A script tag added at the end of the body (<c>%BASE%</c> replaced).</param>
    internal static void MapPage(IEndpointRouteBuilder app, string pattern, string file, string basePath, string? extraScript = null) =>
        app.MapGet(pattern, () => ReplicaFiles.ReadText(file, basePath) is { } html
            ? Results.Content(
                extraScript is null ? html : html.Replace("</body>", extraScript.Replace("%BASE%", basePath, StringComparison.Ordinal) + "\n</body>", StringComparison.Ordinal),
                ReplicaFiles.ContentType(file))
            : Results.NotFound());

    /// <summary>
    /// A page for signed-in visitors only, checked on the server as the real sites do with their HttpOnly
    /// session cookie: without <paramref name="cookie"/> the visitor is redirected to <paramref name="login"/>
    /// (given where they wanted to go).
    /// </summary>
    internal static void MapSignedInPage(IEndpointRouteBuilder app, string pattern, string file, string basePath, string cookie, Func<string, string> login) =>
        app.MapGet(pattern, (HttpContext http) =>
        {
            if (string.IsNullOrEmpty(http.Request.Cookies[cookie]))
            {
                return Results.Redirect(login(http.Request.Path + http.Request.QueryString));
            }

            return ReplicaFiles.ReadText(file, basePath) is { } html ? Results.Content(html, ReplicaFiles.ContentType(file)) : Results.NotFound();
        });

    internal static void MapStatic(IEndpointRouteBuilder app, string pattern, string folder) =>
        app.MapGet(pattern, (string file) =>
        {
            // A file a platform does not have itself may be one the replicas share (common/).
            var path = ReplicaFiles.Read(folder + file) is null ? "common/" + file : folder + file;
            if (file.Contains("..", StringComparison.Ordinal) || ReplicaFiles.Read(path) is not { } bytes)
            {
                return Results.NotFound();
            }

            return file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".css", StringComparison.Ordinal)
                ? Results.Content(ReplicaFiles.ReadText(path, string.Empty)!, ReplicaFiles.ContentType(path))
                : Results.Bytes(bytes, ReplicaFiles.ContentType(path));
        });
}
