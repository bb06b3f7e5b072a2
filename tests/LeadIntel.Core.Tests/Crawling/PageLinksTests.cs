using LeadIntel.Core.Crawling;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Tests.Crawling;

public class PageLinksTests
{
    private static List<PageLink> Links(string html, string url = "https://shop.test/dir/page") => PageLinks.Find(HtmlPage.Parse(html, new Uri(url))).ToList();

    [Fact]
    public void Resolves_relative_links_and_keeps_the_words_a_reader_sees()
    {
        var links = Links("<a href='../kontakt'> Kontakt </a><a href='/team' title='Our team'><img alt='people'></a><area href='map' alt='x'>");
        Assert.Equal(["https://shop.test/kontakt", "https://shop.test/team", "https://shop.test/dir/map"], links.Select(l => l.Url.ToString()));
        Assert.Equal("Kontakt", links[0].Text);
        Assert.Equal("Our team people", links[1].Text);
    }

    [Fact]
    public void Base_href_changes_where_relative_links_point()
    {
        var link = Assert.Single(Links("<base href='https://shop.test/en/'><a href='contact'>c</a>"));
        Assert.Equal("https://shop.test/en/contact", link.Url.ToString());
    }

    [Fact]
    public void Leaves_out_fragments_downloads_and_non_web_links()
    {
        Assert.Empty(Links("<a href='#top'>top</a><a href='/f.zip' download>f</a><a href='mailto:a@shop.test'>m</a><a href='tel:+1'>t</a><a href='javascript:void(0)'>j</a><a href=''>e</a>"));
    }

    [Fact]
    public void Follows_frames_and_meta_refresh()
    {
        var links = Links("<meta http-equiv='Refresh' content=\"0; URL='/home.html'\"><frameset><frame src='menu.html'></frameset>");
        Assert.Equal(["https://shop.test/dir/menu.html", "https://shop.test/home.html"], links.Select(l => l.Url.ToString()).Order());
    }
}
