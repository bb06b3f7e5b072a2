using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://Shop.Test/contact#form", "https://shop.test/contact")]
    [InlineData("https://shop.test", "https://shop.test/")]
    [InlineData("https://shop.test:443/a?utm_source=x&id=3&fbclid=y", "https://shop.test/a?id=3")]
    [InlineData("http://shop.test/a?utm_medium=email", "http://shop.test/a")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, CanonicalUrl.Normalize(new Uri(input))!.ToString());

    [Fact]
    public void Only_web_urls_normalize() => Assert.Null(CanonicalUrl.Normalize(new Uri("mailto:a@shop.test")));

    [Theory]
    [InlineData("https://www.shop.test/contact/", "http://shop.test/contact")]
    [InlineData("https://shop.test/", "http://www.shop.test/")]
    public void One_page_has_one_dedupe_key(string a, string b) => Assert.Equal(CanonicalUrl.DedupeKey(new Uri(a)), CanonicalUrl.DedupeKey(new Uri(b)));

    [Theory]
    [InlineData("https://shop.test/contact?lang=de", "https://shop.test/contact?lang=fr")]
    [InlineData("https://shop.test:8080/", "https://shop.test/")]
    public void Different_pages_have_different_keys(string a, string b) => Assert.NotEqual(CanonicalUrl.DedupeKey(new Uri(a)), CanonicalUrl.DedupeKey(new Uri(b)));
}
