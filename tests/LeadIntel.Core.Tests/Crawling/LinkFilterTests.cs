using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class LinkFilterTests
{
    [Theory]
    [InlineData("/menu.pdf")]
    [InlineData("/img/logo.PNG")]
    [InlineData("/feed.xml")]
    [InlineData("/account/logout")]
    [InlineData("/shop/?add-to-cart=42")]
    [InlineData("/cdn-cgi/l/email-protection")]
    [InlineData("/wp-admin/")]
    public void Skips(string path) => Assert.NotNull(LinkFilter.SkipReason(new Uri("https://shop.test" + path)));

    [Theory]
    [InlineData("/contact")]
    [InlineData("/index.php?page_id=2")]
    [InlineData("/about.html")]
    [InlineData("/v1.2/team")]
    public void Keeps(string path) => Assert.Null(LinkFilter.SkipReason(new Uri("https://shop.test" + path)));
}
