using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Search;

namespace LeadIntel.Demo.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("dentists in Toronto", "dentists", "toronto")]
    [InlineData("Best DENTIST near toronto", "dentists", "toronto")]
    [InlineData("cafés in Paris", "cafes", "paris")]
    [InlineData("coffee shops NYC", "cafes", "new-york")]
    [InlineData("new york city plumbers", "plumbers", "new-york")]
    [InlineData("Zahnärzte Berlin", "dentists", "berlin")]
    [InlineData("solicitors london", "lawyers", "london")]
    public void Reads_category_and_city(string text, string category, string city)
    {
        var query = SearchQuery.Parse(text);

        Assert.Equal(category, Assert.Single(query.Categories).Key);
        Assert.Equal(city, Assert.Single(query.Cities).Key);
        Assert.Empty(query.NameTerms);
    }

    [Fact]
    public void Other_words_must_be_in_the_name()
    {
        var query = SearchQuery.Parse("pizza in Toronto");

        Assert.Equal(["pizza"], query.NameTerms);
        Assert.Empty(query.Categories);
        Assert.DoesNotContain(BusinessCatalog.Default.Businesses, query.Matches);
    }

    [Fact]
    public void Empty_query_matches_everything()
    {
        Assert.All(BusinessCatalog.Default.Businesses, b => Assert.True(SearchQuery.Parse("  ").Matches(b)));
    }
}
