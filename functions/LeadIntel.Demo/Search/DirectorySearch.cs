using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Search;

/// <summary>Searches the catalog and pages the results in a stable "recommended" order.</summary>
public sealed class DirectorySearch(BusinessCatalog catalog)
{
    public const int DefaultPageSize = 10;

    // Recommended = well rated by many people; slug breaks ties so the order never changes between requests.
    private readonly IReadOnlyList<Business> _ranked = catalog.Businesses
        .OrderByDescending(b => b.Rating * Math.Log10(b.ReviewCount + 1))
        .ThenBy(b => b.Slug, StringComparer.Ordinal)
        .ToList();

    public SearchResultPage Search(string? text, int page, int pageSize = DefaultPageSize)
    {
        page = Math.Max(1, page);
        var query = SearchQuery.Parse(text);
        var matches = _ranked.Where(query.Matches).ToList();

        // Facets answer "what if I changed the other filter": categories within the chosen cities and vice versa.
        var inCities = _ranked.Where(b => query.Cities.Count == 0 || query.Cities.Contains(b.City)).ToList();
        var inCategories = _ranked.Where(b => query.Categories.Count == 0 || query.Categories.Contains(b.Category)).ToList();
        var categoryCounts = Categories.All.Select(c => (c, inCities.Count(b => b.Category == c))).ToList();
        var cityCounts = Cities.All.Select(c => (c, inCategories.Count(b => b.City == c))).ToList();

        var items = matches.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new SearchResultPage(query, items, page, pageSize, matches.Count, categoryCounts, cityCounts);
    }
}
