using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Search;

/// <summary>One page of search results, with the facet counts the sidebar shows.</summary>
/// <param name="Page">1-based page number as requested (may lie past the last page: then <paramref name="Items"/> is empty).</param>
/// <param name="Total">Number of matching businesses across all pages.</param>
public sealed record SearchResultPage(
    SearchQuery Query,
    IReadOnlyList<Business> Items,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<(Category Category, int Count)> CategoryCounts,
    IReadOnlyList<(City City, int Count)> CityCounts)
{
    public int TotalPages => (Total + PageSize - 1) / PageSize;

    public bool HasNext => Page < TotalPages;

    /// <summary>1-based position of the first item on this page.</summary>
    public int FirstIndex => ((Page - 1) * PageSize) + 1;
}
