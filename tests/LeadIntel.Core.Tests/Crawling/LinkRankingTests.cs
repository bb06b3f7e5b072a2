using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class LinkRankingTests
{
    [Theory]
    [InlineData("/contact-us", "")]
    [InlineData("/de/kontakt", "")]
    [InlineData("/impressum", "")]
    [InlineData("/es/contacto", "")]
    [InlineData("/it/contatti", "")]
    [InlineData("/mentions-legales", "")]
    [InlineData("/p/123", "Get in touch")]
    [InlineData("/s/9", "Legal notice")]
    public void Contact_and_legal_notice_pages_rank_first(string path, string text) =>
        Assert.Equal(LinkRanking.Contact, LinkRanking.Tier(new Uri("https://shop.test" + path), text));

    [Theory]
    [InlineData("/about-us", "")]
    [InlineData("/%C3%BCber-uns", "")]
    [InlineData("/unternehmen/standorte", "")]
    [InlineData("/x", "Our team")]
    [InlineData("/datenschutz", "")]
    public void Company_pages_rank_second(string path, string text) =>
        Assert.Equal(LinkRanking.Company, LinkRanking.Tier(new Uri("https://shop.test" + path), text));

    [Theory]
    [InlineData("/roundabout-news", "", LinkRanking.Other)] // "about" inside a word does not count
    [InlineData("/illegal-parking", "", LinkRanking.Other)]
    [InlineData("/blog/steam-ovens", "", LinkRanking.Other)]
    [InlineData("/tag/bread", "", LinkRanking.LowValue)]
    [InlineData("/blog/page/3", "", LinkRanking.LowValue)]
    [InlineData("/shop?orderby=price", "", LinkRanking.LowValue)]
    public void Other_pages_rank_after(string path, string text, int tier) =>
        Assert.Equal(tier, LinkRanking.Tier(new Uri("https://shop.test" + path), text));
}
