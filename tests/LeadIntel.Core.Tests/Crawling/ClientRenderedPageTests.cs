using LeadIntel.Core.Crawling;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Tests.Crawling;

public class ClientRenderedPageTests
{
    [Theory]
    [InlineData("<html><head><script src='/main.js'></script></head><body><div id='root'></div></body></html>")]
    [InlineData("<body><app-root></app-root><script src='runtime.js'></script></body>")]
    [InlineData("<body><noscript>Please enable JavaScript to view this site.</noscript><div id='x'></div><script>boot()</script></body>")]
    [InlineData("<body><div id='__next'></div><script src='/_next/static/chunks/main.js'></script><p>Loading…</p></body>")]
    public void Script_shells_need_a_browser(string html) => Assert.True(ClientRenderedPage.Detect(HtmlPage.Parse(html)));

    [Fact]
    public void Server_rendered_app_pages_do_not()
    {
        var text = string.Concat(Enumerable.Repeat("Fresh bread every morning, call us to order a cake. ", 8));
        var html = $"<body><div id='__next'><main><p>{text}</p></main></div><script src='/_next/main.js'></script></body>";
        Assert.False(ClientRenderedPage.Detect(HtmlPage.Parse(html)));
    }

    [Theory]
    [InlineData("<body><p>Short page, no scripts.</p></body>")]
    [InlineData("<body><p>Small page</p><script type='application/ld+json'>{\"@type\":\"Bakery\"}</script></body>")]
    public void Pages_without_scripts_do_not(string html) => Assert.False(ClientRenderedPage.Detect(HtmlPage.Parse(html)));
}
