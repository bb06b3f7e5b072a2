using System.Text;

namespace LeadIntel.Demo.Pages;

/// <summary>The frame every directory page shares: head, header with the search box, footer and scripts.</summary>
internal static class DirectoryLayout
{
    /// <summary>The directory's own advertising line: on every page, never a business's number.</summary>
    public const string AdvertisingPhone = "1-800-555-0199";

    /// <param name="language">The page's <c>lang</c>: detail pages name the listing's locale (en-GB for London), as
    /// directories with country editions do.</param>
    public static string Render(DirectoryLinks links, string title, string body, string query = "", string head = "", string language = "en")
    {
        var html = new StringBuilder(16 * 1024);
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Html.E(title)}} - LocalSpot</title>
            <link rel="stylesheet" href="{{links.Asset("site.css")}}">
            <link rel="icon" href="{{links.Asset("thumb.svg")}}">
            <meta name="generator" content="LocalSpot 4.12.0 (build 20240611)">
            {{head}}
            </head>
            <body>
            <header class="site-header">
              <a class="logo" href="{{links.Home}}">LocalSpot</a>
              <form class="search-form" action="{{links.Prefix}}/search" method="get" role="search">
                <input type="search" name="q" value="{{Html.E(query)}}" placeholder="dentists in Toronto" aria-label="Search">
                <button type="submit">Search</button>
              </form>
              <nav><a href="{{links.Home}}#review">Write a review</a><a href="{{links.Home}}#business">For businesses</a><a href="{{links.Home}}#login">Log in</a></nav>
            </header>
            """);
        html.Append(body);
        html.Append($$"""
            <footer class="site-footer">
              <p><a href="{{links.Home}}">About LocalSpot</a> · <a href="{{links.Home}}#careers">Careers</a> · <a href="{{links.Home}}#privacy">Privacy</a> · <a href="{{links.Home}}#terms">Terms</a></p>
              <p>Advertise with us: <span class="ad-phone">{{AdvertisingPhone}}</span> · Support hours Mon–Fri 8:00–20:00 ET</p>
              <p>© 2004–2025 LocalSpot Inc. · 1,204,377 reviews · 58,912 businesses · v4.12.0</p>
            </footer>
            <script src="{{links.Asset("app.js")}}" defer></script>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
