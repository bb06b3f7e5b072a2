using LeadIntel.Core.Platforms.Directory;

namespace LeadIntel.Core.Tests.Platforms.Directory;

public class DirectoryUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:7071/demo/directory/", "dentists in Toronto", 1, "http://127.0.0.1:7071/demo/directory/search?q=dentists+in+Toronto")]
    [InlineData("http://127.0.0.1:7071/demo/directory", "dentists in Toronto", 2, "http://127.0.0.1:7071/demo/directory/search?q=dentists+in+Toronto&page=2")]
    [InlineData("https://dir.test/", " cafés & bars ", 3, "https://dir.test/search?q=caf%C3%A9s+%26+bars&page=3")]
    public void Builds_search_urls(string baseUrl, string query, int page, string expected) =>
        Assert.Equal(expected, DirectoryUrls.Search(new Uri(baseUrl), query, page).AbsoluteUri);

    [Fact]
    public void Pages_start_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DirectoryUrls.Search(new Uri("http://dir.test/"), "x", 0));

    [Fact]
    public void Builds_the_url_the_site_links_to()
    {
        // The site's own "next" link and the built URL must be the same job key, or pages would be fetched twice.
        var html = DemoDirectory.Pages.Search(DemoDirectory.Links, "dentists in Toronto", 1);
        var page = DirectorySearchParser.Parse(html, DirectoryUrls.Search(DemoDirectory.BaseUrl, "dentists in Toronto"));

        Assert.Equal(DirectoryUrls.Search(DemoDirectory.BaseUrl, "dentists in Toronto", 2), page.NextPageUrl);
    }
}
