using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Images;
using LeadIntel.Demo.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadIntel.Demo;

/// <summary>Maps the demo directory and the businesses' websites onto an ASP.NET Core app.</summary>
public static class DemoDirectoryEndpoints
{
    public const string DefaultPrefix = "/demo/directory";

    private const string HtmlType = "text/html; charset=utf-8";

    /// <summary>
    /// Serves, under <paramref name="prefix"/>: <c>/</c> (home), <c>/search?q=dentists+in+Toronto&amp;page=2</c>,
    /// <c>/biz/{slug}</c> (detail), <c>/img/phone/{slug}.png</c>, <c>/assets/*</c>, <c>/robots.txt</c>, and each business's
    /// website at <c>/sites/{slug}/</c> (<c>about</c>, <c>contact</c>, <c>robots.txt</c>, <c>sitemap.xml</c>).
    /// </summary>
    /// <param name="catalog">The businesses to serve; <see cref="BusinessCatalog.Default"/> when null.</param>
    public static RouteGroupBuilder MapDemoDirectory(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix, BusinessCatalog? catalog = null)
    {
        var pages = new DirectoryPages(catalog ?? BusinessCatalog.Default);
        var path = "/" + prefix.Trim('/');
        var linkPrefix = path == "/" ? string.Empty : path;
        DirectoryLinks Links(HttpRequest request) => new($"{request.Scheme}://{request.Host}", request.PathBase + linkPrefix);

        var group = endpoints.MapGroup(path);
        group.ExcludeFromDescription();

        group.MapGet("/", (HttpRequest request) => Html(pages.Home(Links(request))));
        group.MapGet("/search", (HttpRequest request, string? q, int? page) => Html(pages.Search(Links(request), q, page ?? 1)));
        group.MapGet("/biz/{slug}", (HttpRequest request, string slug) =>
            pages.Business(Links(request), slug) is { } html ? Html(html) : Html(pages.NotFound(Links(request)), StatusCodes.Status404NotFound));
        group.MapGet("/img/phone/{slug}.png", (string slug) => pages.Catalog.Find(slug) is { PhoneStyle: PhoneStyle.Image } b
            ? Results.Bytes(PhoneImage.Render(b.PhoneDisplay), "image/png")
            : Results.NotFound());

        group.MapGet("/assets/site.css", () => Results.Text(DirectoryAssets.Css, "text/css; charset=utf-8"));
        group.MapGet("/assets/app.js", () => Results.Text(DirectoryAssets.Script, "text/javascript; charset=utf-8"));
        group.MapGet("/assets/thumb.svg", () => Results.Text(DirectoryAssets.Thumbnail, "image/svg+xml"));
        group.MapGet("/robots.txt", (HttpRequest request) =>
            Results.Text($"User-agent: *\nDisallow: {Links(request).Prefix}/admin/\n", "text/plain; charset=utf-8"));

        // Routing ignores a trailing slash, so /sites/{slug} and /sites/{slug}/ are both the home page.
        group.MapGet("/sites/{slug}", (HttpRequest request, string slug) => Website(pages, Links(request), slug, string.Empty, HtmlType));
        group.MapGet("/sites/{slug}/about", (HttpRequest request, string slug) => Website(pages, Links(request), slug, "about", HtmlType));
        group.MapGet("/sites/{slug}/contact", (HttpRequest request, string slug) => Website(pages, Links(request), slug, "contact", HtmlType));
        group.MapGet("/sites/{slug}/robots.txt", (HttpRequest request, string slug) => Website(pages, Links(request), slug, "robots.txt", "text/plain; charset=utf-8"));
        group.MapGet("/sites/{slug}/sitemap.xml", (HttpRequest request, string slug) => Website(pages, Links(request), slug, "sitemap.xml", "application/xml; charset=utf-8"));
        return group;
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, HtmlType, statusCode: status);

    // Businesses without a website have none to serve: the directory links nowhere for them.
    private static IResult Website(DirectoryPages pages, DirectoryLinks links, string slug, string page, string contentType) =>
        pages.Website(links, slug, page) is { } content ? Results.Content(content, contentType) : Results.NotFound();
}
