using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Sites;

/// <summary>robots.txt and sitemap.xml of a business website.</summary>
internal static class SiteRobots
{
    public static readonly string[] Pages = ["", "about", "contact"];

    public static string RobotsTxt(Business b, DirectoryLinks links) => $"""
        User-agent: *
        Disallow: {links.Site(b.Slug, "admin/")}
        Disallow: {links.Site(b.Slug, "cart")}

        Sitemap: {links.Absolute(links.Site(b.Slug, "sitemap.xml"))}

        """;

    public static string SitemapXml(Business b, DirectoryLinks links)
    {
        var urls = string.Concat(Pages.Select(p => $"<url><loc>{links.Absolute(links.Site(b.Slug, p))}</loc><lastmod>{Html.IsoDate(b.UpdatedOn)}</lastmod></url>"));
        return $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>""";
    }
}
