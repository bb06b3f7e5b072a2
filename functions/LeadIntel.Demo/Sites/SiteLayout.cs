using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Sites;

/// <summary>The frame of a business's own website: its language, navigation, the phone in the header, a legal footer.</summary>
internal static class SiteLayout
{
    public static string Render(Business b, DirectoryLinks links, string title, string body, string head = "")
    {
        var t = SiteTexts.For(b.City.Language);
        var social = Slug.From(b.Name).Replace("-", string.Empty, StringComparison.Ordinal);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{b.City.Language}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Html.E(title)}} | {{Html.E(b.Name)}}</title>
            <meta name="description" content="{{Html.E(b.Description)}}">
            <style>
              body { margin: 0; font-family: Georgia, "Times New Roman", serif; color: #1f2a2e; }
              header, footer, main { max-width: 960px; margin: 0 auto; padding: 16px 24px; }
              header { display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #2a7f62; }
              nav a { margin-right: 18px; color: #2a7f62; } .call { font-weight: bold; }
              footer { font-size: 13px; color: #5b6b70; border-top: 1px solid #dde5e7; margin-top: 40px; }
              .btn { display: inline-block; background: #2a7f62; color: #fff; padding: 10px 18px; border-radius: 3px; }
            </style>
            {{head}}
            </head>
            <body>
            <header>
              <a class="brand" href="{{links.Site(b.Slug)}}"><strong>{{Html.E(b.Name)}}</strong></a>
              <nav><a href="{{links.Site(b.Slug)}}">{{t.Home}}</a><a href="{{links.Site(b.Slug, "about")}}">{{t.About}}</a><a href="{{links.Site(b.Slug, "contact")}}">{{t.Contact}}</a></nav>
              <span class="call">{{t.CallUs}}: {{Html.E(b.Phone.Formats[0])}}</span>
            </header>
            <main>
            {{body}}
            </main>
            <footer>
              <p>{{Html.E(b.Name)}} · {{Html.E(b.Address)}}</p>
              <p>{{Html.E(SiteServices.RegistrationLine(b))}}</p>
              <p><a href="https://www.facebook.com/{{social}}" rel="noopener">Facebook</a> · <a href="https://www.instagram.com/{{social}}/" rel="noopener">Instagram</a> · © {{b.Established}}–2025 {{Html.E(b.Name)}}. {{t.Rights}}</p>
              <p class="credit">Website by PixelForge Studio · v2.3.1 · build 20231108</p>
            </footer>
            <script>
              window.__SITE__ = { id: {{b.ListingId}}, theme: "evergreen", cookieBanner: false, deployedAt: 1699459200000 };
            </script>
            </body>
            </html>
            """;
    }
}
