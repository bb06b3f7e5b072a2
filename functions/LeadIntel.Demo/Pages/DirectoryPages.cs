using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Search;
using LeadIntel.Demo.Sites;

namespace LeadIntel.Demo.Pages;

/// <summary>
/// Renders every page of the demo: the directory and the businesses' websites. Pure and deterministic, so tests
/// can parse the exact HTML the server sends without a server.
/// </summary>
public sealed class DirectoryPages(BusinessCatalog catalog)
{
    private readonly DirectorySearch _search = new(catalog);

    public BusinessCatalog Catalog => catalog;

    public string Home(DirectoryLinks links) => HomePageView.Render(links, catalog);

    public string NotFound(DirectoryLinks links) => HomePageView.NotFound(links);

    /// <summary>A page of results for a query, e.g. <c>dentists in Toronto</c>, page 2.</summary>
    public string Search(DirectoryLinks links, string? query, int page = 1) =>
        SearchPageView.Render(_search.Search(query, page), links, catalog);

    /// <summary>The results behind <see cref="Search"/>, for callers that want the data rather than the HTML.</summary>
    public SearchResultPage Results(string? query, int page = 1) => _search.Search(query, page);

    /// <summary>A business's detail page; null for an unknown slug.</summary>
    public string? Business(DirectoryLinks links, string slug) =>
        catalog.Find(slug) is { } b ? DetailPageView.Render(b, links, catalog) : null;

    /// <summary>A page of a business's own website (<c>""</c>, <c>about</c> or <c>contact</c>); null when there is none.</summary>
    public string? Website(DirectoryLinks links, string slug, string page = "")
    {
        if (catalog.Find(slug) is not { HasWebsite: true } b)
        {
            return null;
        }

        return page switch
        {
            "" => SiteHomeView.Render(b, links),
            "about" => SiteAboutView.Render(b, links),
            "contact" => SiteContactView.Render(b, links),
            "robots.txt" => SiteRobots.RobotsTxt(b, links),
            "sitemap.xml" => SiteRobots.SitemapXml(b, links),
            _ => null,
        };
    }
}
