namespace LeadIntel.Core.Tests.Crawling;

/// <summary>
/// The crawl tests' website: a home page linking (in this order) to /about, twenty blog posts, a private
/// ledger robots.txt forbids, a JavaScript-only /app, a PDF by extension, a PDF by Content-Type, an
/// off-site partner, non-web links and, last, the contact page. /about links on to /team (depth 2).
/// </summary>
public static class BakerySite
{
    public const string HomePhone = "+14163628820";
    public const string ContactPhone = "+14163628821";
    public const string PrivatePhone = "+14163628829";
    public const string ContactEmail = "orders@acme-bakery.ca";

    public static async Task<LoopbackSite> StartAsync(TimeProvider? clock = null, string robots = "User-agent: *\nDisallow: /private\n")
    {
        var site = await LoopbackSite.StartAsync(clock);
        var posts = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href='/blog/{i}'>Post {i}</a></li>"));
        site.Add("/", SiteResponse.Html($"""
            <html lang="en-CA"><body>
              <a href="#main">Skip to content</a>
              <h1>Acme Bakery</h1>
              <a href="tel:{HomePhone}">Call the bakery</a>
              <nav><a href="/about">About us</a></nav>
              <ul>{posts}</ul>
              <a href="/private/ledger">Ledger</a>
              <a href="/app">Order online</a>
              <a href="/menu.pdf">Menu</a>
              <a href="/price-list">Price list</a>
              <a href="{site.OtherHostUrl}offsite">Our partner</a>
              <a href="mailto:hello@acme-bakery.ca">hello@acme-bakery.ca</a>
              <a href="javascript:void(0)">Share</a>
              <footer><a href="/contact#form">Contact</a></footer>
            </body></html>
            """));
        site.Add("/about", SiteResponse.Html("<p>Baking since 1990.</p><a href='/team'>Meet the team</a>"));
        site.Add("/team", SiteResponse.Html("<p>Anna and Ben.</p>"));
        site.Add("/contact", SiteResponse.Html($"<h1>Contact</h1><a href='tel:{ContactPhone}'>Orders desk</a> <a href='mailto:{ContactEmail}'>Write to us</a>"));
        for (var i = 1; i <= 20; i++)
        {
            site.Add($"/blog/{i}", SiteResponse.Html($"<article>Post {i}</article><a href='/blog/{i}/comments'>Comments</a>"));
        }

        site.Add("/private/ledger", SiteResponse.Html($"<a href='tel:{PrivatePhone}'>Accounts</a>"));
        site.Add("/app", SiteResponse.Html("""
            <html><head><script src="/static/app.js"></script></head>
            <body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>
            """));
        site.Add("/price-list", new SiteResponse(200, "application/pdf", "%PDF-1.4 fake"));
        site.Add("/robots.txt", SiteResponse.Text(robots));
        return site;
    }
}
