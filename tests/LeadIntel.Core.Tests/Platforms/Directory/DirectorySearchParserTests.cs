using LeadIntel.Core.Platforms.Directory;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Core.Tests.Platforms.Directory;

public class DirectorySearchParserTests
{
    [Fact]
    public void Reads_cards_in_order_with_their_facts()
    {
        var url = DirectoryUrls.Search(DemoDirectory.BaseUrl, "dentists in Toronto");
        var expected = DemoDirectory.Pages.Results("dentists in Toronto").Items;

        var page = DirectorySearchParser.Parse(DemoDirectory.Pages.Search(DemoDirectory.Links, "dentists in Toronto"), url);

        Assert.Equal(expected.Select(b => b.Name), page.Listings.Select(l => l.Name));
        Assert.Equal(expected.Select(DemoDirectory.DetailUrl), page.Listings.Select(l => l.DetailUrl));
        var first = (Listing: page.Listings[0], Business: expected[0]);
        Assert.Equal(first.Business.Rating, first.Listing.Rating);
        Assert.Equal(first.Business.ReviewCount, first.Listing.ReviewsCount);
        Assert.Equal(first.Business.Address, first.Listing.Address);
        Assert.Equal("Dentist", first.Listing.Category);
        Assert.Equal(12, page.TotalResults);
        Assert.Equal(new Uri(DemoDirectory.BaseUrl, "search?q=dentists+in+Toronto&page=2"), page.NextPageUrl);
    }

    [Fact]
    public void Skips_sponsored_cards()
    {
        var queries = Cities.All.Select(c => $"plumbers in {c.Name}").ToList();
        var withAds = 0;
        foreach (var query in queries)
        {
            var html = DemoDirectory.Pages.Search(DemoDirectory.Links, query);
            withAds += html.Contains("sponsored-card", StringComparison.Ordinal) ? 1 : 0;

            var page = DirectorySearchParser.Parse(html, DirectoryUrls.Search(DemoDirectory.BaseUrl, query));

            Assert.Equal(DemoDirectory.Pages.Results(query).Items.Select(DemoDirectory.DetailUrl), page.Listings.Select(l => l.DetailUrl));
        }

        Assert.True(withAds > 0);
    }

    [Fact]
    public void Last_page_has_no_next()
    {
        var page = DirectorySearchParser.Parse(
            DemoDirectory.Pages.Search(DemoDirectory.Links, "dentists in Toronto", 2),
            DirectoryUrls.Search(DemoDirectory.BaseUrl, "dentists in Toronto", 2));

        Assert.Equal(2, page.Listings.Count);
        Assert.Null(page.NextPageUrl);
    }

    [Fact]
    public void No_results_is_an_empty_last_page()
    {
        var page = DirectorySearchParser.Parse(
            DemoDirectory.Pages.Search(DemoDirectory.Links, "pizza in Toronto"),
            DirectoryUrls.Search(DemoDirectory.BaseUrl, "pizza in Toronto"));

        Assert.Empty(page.Listings);
        Assert.Null(page.NextPageUrl);
        Assert.Equal(0, page.TotalResults);
    }

    [Fact]
    public void Resolves_relative_links_against_the_page()
    {
        const string html = """
            <ol><li class="result-card"><h2><a class="biz-link" href="../biz/acme">Acme  Plumbing</a></h2><span class="review-count">(1,204 reviews)</span></li></ol>
            <a rel="next" href="?q=x&amp;page=3">Next</a>
            """;

        var page = DirectorySearchParser.Parse(html, new Uri("http://dir.test/a/list/search?q=x&page=2"));

        var listing = Assert.Single(page.Listings);
        Assert.Equal("Acme Plumbing", listing.Name);
        Assert.Equal(new Uri("http://dir.test/a/biz/acme"), listing.DetailUrl);
        Assert.Equal(1204, listing.ReviewsCount);
        Assert.Null(listing.Rating);
        Assert.Equal(new Uri("http://dir.test/a/list/search?q=x&page=3"), page.NextPageUrl);
    }
}
