using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace LeadIntel.Workflows.Hosting;

/// <summary>
/// Serves the built web app (<c>web/dist</c>) at <c>/</c> on the API's origin: its files, its
/// <c>config.json</c>, or a generated one (same-origin API) when the build has none, and <c>index.html</c> for any other GET of a
/// path without a file extension outside the API, the hubs and the demo site, so a deep link or a reload of
/// a client-side route opens the app instead of a 404.
/// </summary>
public static class WebUiEndpoints
{
    /// <summary>Path prefixes the app never answers for: they belong to the API, the live hubs, the demo directory and the platform replicas.</summary>
    public static readonly IReadOnlyList<string> ReservedPrefixes = ["/api", "/hubs", "/demo", "/replicas"];

    /// <summary>What <c>config.json</c> holds when the build has none: the API is on this origin.</summary>
    public const string SameOriginConfig = """{"apiBaseUrl":""}""";

    /// <summary>Adds the static files middleware and the fallback; call before mapping the API.</summary>
    public static WebApplication MapWebUi(this WebApplication app, string webRoot)
    {
        var files = new PhysicalFileProvider(Path.GetFullPath(webRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = NoCacheForEntryFiles });

        // An endpoint, so the static files middleware leaves this path to it: the build's file when there is one.
        app.MapGet("/config.json", (HttpContext context) => ServeConfigAsync(context, files));
        app.MapFallback(context => ServeIndexAsync(context, files));
        return app;
    }

    /// <summary>True for a path under one of <see cref="ReservedPrefixes"/> (the prefix itself included).</summary>
    public static bool IsReserved(PathString path) =>
        ReservedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static async Task ServeConfigAsync(HttpContext context, IFileProvider files)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var config = files.GetFileInfo("config.json");
        if (config.Exists)
        {
            await context.Response.SendFileAsync(config, context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(SameOriginConfig, context.RequestAborted);
    }

    private static async Task ServeIndexAsync(HttpContext context, IFileProvider files)
    {
        var index = files.GetFileInfo("index.html");
        if (IsReserved(context.Request.Path) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || !index.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = index.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.SendFileAsync(index, context.RequestAborted);
        }
    }

    // index.html changes with every build; the hashed assets never do.
    private static void NoCacheForEntryFiles(StaticFileResponseContext file)
    {
        if (file.File.Name == "index.html")
        {
            file.Context.Response.Headers.CacheControl = "no-cache";
        }
    }
}
