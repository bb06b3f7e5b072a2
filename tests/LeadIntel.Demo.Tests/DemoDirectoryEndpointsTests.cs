using System.Net;
using System.Text.RegularExpressions;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Tests;

public partial class DemoDirectoryEndpointsTests(DemoDirectoryServerFixture server) : IClassFixture<DemoDirectoryServerFixture>
{
    private static readonly IReadOnlyList<Business> Businesses = BusinessCatalog.Default.Businesses;

    [Fact]
    public void Serves_under_the_prefix_on_loopback()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(server.BaseUrl.Host)));
        Assert.EndsWith("/demo/directory/", server.BaseUrl.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_pages_carry_cards_and_a_next_link_until_the_last_page()
    {
        var first = await GetAsync("search?q=dentists+in+Toronto");
        var second = await GetAsync("search?q=dentists+in+Toronto&page=2");

        Assert.Equal(10, Cards().Matches(first).Count);
        Assert.Contains("rel=\"next\" href=\"/demo/directory/search?q=dentists+in+Toronto&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Equal(2, Cards().Matches(second).Count);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("data-total=\"12\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_page_shows_the_business_and_links_its_website()
    {
        var b = Businesses.First(x => x.PhoneStyle == PhoneStyle.TelLink && x.HasWebsite);

        var html = await GetAsync($"biz/{b.Slug}");

        Assert.Contains($"href=\"tel:{b.Phone.E164}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{server.BaseUrl}sites/{b.Slug}/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_are_404()
    {
        var noWebsite = Businesses.First(b => !b.HasWebsite);
        var noImage = Businesses.First(b => b.PhoneStyle != PhoneStyle.Image);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(new Uri(server.BaseUrl, "biz/no-such-business"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(new Uri(server.BaseUrl, $"sites/{noWebsite.Slug}/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(new Uri(server.BaseUrl, $"img/phone/{noImage.Slug}.png"))).StatusCode);
    }

    [Fact]
    public async Task Image_phones_are_served_as_png()
    {
        var b = Businesses.First(x => x.PhoneStyle == PhoneStyle.Image);

        using var response = await server.Http.GetAsync(new Uri(server.BaseUrl, $"img/phone/{b.Slug}.png"));

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0x89, (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task Websites_have_home_about_contact_robots_and_sitemap()
    {
        var b = Businesses.First(x => x.City == Cities.Berlin && x.HasWebsite);

        var home = await GetAsync($"sites/{b.Slug}/");
        var contact = await GetAsync($"sites/{b.Slug}/contact");
        var about = await GetAsync($"sites/{b.Slug}/about");
        var robots = await GetAsync($"sites/{b.Slug}/robots.txt");
        var sitemap = await GetAsync($"sites/{b.Slug}/sitemap.xml");

        Assert.Contains("<html lang=\"de-DE\">", home, StringComparison.Ordinal);
        Assert.Contains(b.Phone.Formats[0], home, StringComparison.Ordinal);
        Assert.Contains("Kontakt", contact, StringComparison.Ordinal);
        Assert.Contains("USt-IdNr.", about, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {server.BaseUrl}sites/{b.Slug}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(sitemap, "<loc>"));
    }

    [Fact]
    public async Task Assets_are_served()
    {
        Assert.Contains("result-card", await GetAsync("assets/site.css"), StringComparison.Ordinal);
        Assert.Contains("dataLayer", await GetAsync("assets/app.js"), StringComparison.Ordinal);
        Assert.Contains("Disallow", await GetAsync("robots.txt"), StringComparison.Ordinal);
    }

    private Task<string> GetAsync(string relative) => server.Http.GetStringAsync(new Uri(server.BaseUrl, relative));

    [GeneratedRegex("<li class=\"result-card\"")]
    private static partial Regex Cards();
}
