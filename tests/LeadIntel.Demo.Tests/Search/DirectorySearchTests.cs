using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Search;

namespace LeadIntel.Demo.Tests.Search;

public class DirectorySearchTests
{
    private readonly DirectorySearch _search = new(BusinessCatalog.Default);

    [Fact]
    public void Dentists_in_toronto_are_exactly_the_toronto_dentists()
    {
        var expected = BusinessCatalog.Default.Businesses.Where(b => b.Category == Categories.Dentists && b.City == Cities.Toronto).Select(b => b.Slug).ToHashSet();

        var first = _search.Search("dentists in Toronto", 1);
        var second = _search.Search("dentists in Toronto", 2);

        Assert.Equal(expected.Count, first.Total);
        Assert.Equal(2, first.TotalPages);
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(expected.Count - 10, second.Items.Count);
        Assert.True(first.HasNext);
        Assert.False(second.HasNext);
        Assert.Equal(expected, first.Items.Concat(second.Items).Select(b => b.Slug).ToHashSet());
    }

    [Theory]
    [InlineData("dentists")]
    [InlineData("plumbers in London")]
    [InlineData("Berlin")]
    [InlineData("")]
    public void Pages_partition_the_matches_without_overlap(string text)
    {
        var first = _search.Search(text, 1);
        var all = Enumerable.Range(1, first.TotalPages).SelectMany(p => _search.Search(text, p).Items).Select(b => b.Slug).ToList();

        Assert.Equal(first.Total, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(first.Items, b => Assert.True(first.Query.Matches(b)));
    }

    [Fact]
    public void A_page_past_the_end_is_empty()
    {
        var page = _search.Search("dentists in Toronto", 9);

        Assert.Empty(page.Items);
        Assert.False(page.HasNext);
        Assert.Equal(12, page.Total);
    }

    [Fact]
    public void Order_is_stable_between_searches()
    {
        Assert.Equal(
            _search.Search("cafes", 2).Items.Select(b => b.Slug),
            new DirectorySearch(BusinessCatalog.Create(BusinessCatalog.DefaultSeed)).Search("cafes", 2).Items.Select(b => b.Slug));
    }

    [Fact]
    public void Facets_count_the_other_dimension()
    {
        var page = _search.Search("dentists in Toronto", 1);

        Assert.Equal(BusinessCatalog.Default.Businesses.Count(b => b.City == Cities.Toronto), page.CategoryCounts.Sum(c => c.Count));
        Assert.Equal(BusinessCatalog.Default.Businesses.Count(b => b.Category == Categories.Dentists), page.CityCounts.Sum(c => c.Count));
    }
}
