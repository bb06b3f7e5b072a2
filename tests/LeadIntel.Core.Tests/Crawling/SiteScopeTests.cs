using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class SiteScopeTests
{
    [Theory]
    [InlineData("https://www.shop.test/contact", true)]
    [InlineData("http://shop.test/about", true)] // http and https are one site
    [InlineData("https://SHOP.test./x", true)]
    [InlineData("https://blog.shop.test/", false)]
    [InlineData("https://shop.test.evil.test/", false)]
    [InlineData("https://othershop.test/", false)]
    [InlineData("ftp://shop.test/", false)]
    public void Www_and_bare_host_are_one_site(string url, bool inside) =>
        Assert.Equal(inside, new SiteScope(new Uri("https://shop.test/")).Contains(new Uri(url)));

    [Fact]
    public void A_start_redirect_can_add_a_site()
    {
        var scope = new SiteScope(new Uri("https://brand.test/"));
        scope.Add(new Uri("https://www.brand.example/"));
        Assert.True(scope.Contains(new Uri("https://brand.example/kontakt")));
    }
}
