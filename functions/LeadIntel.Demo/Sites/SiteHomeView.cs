using System.Text;
using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Sites;

/// <summary>A business website's home page: what they do, what it costs, when they are open.</summary>
internal static class SiteHomeView
{
    public static string Render(Business b, DirectoryLinks links)
    {
        var t = SiteTexts.For(b.City.Language);
        var html = new StringBuilder();
        html.Append($"""
            <section class="hero">
              <h1>{Html.E(b.Name)}</h1>
              <p>{Html.E(b.Category.Singular)} · {Html.E(b.City.Name)} · {t.Since} {b.Established}</p>
              <a class="btn" href="{links.Site(b.Slug, "contact")}">{t.Book}</a>
            </section>
            <section class="services"><h2>{t.Services}</h2><table>
            """);
        foreach (var (name, price) in SiteServices.For(b))
        {
            html.Append($"<tr><td>{Html.E(name)}</td><td class=\"price\">{Html.E(price)}</td></tr>");
        }

        html.Append($"</table></section><section class=\"hours\"><h2>{t.Hours}</h2><ul>");
        foreach (var hours in b.Hours)
        {
            html.Append($"<li>{Html.E(t.DayRange(hours.Days))}: {hours.Opens:HH\\:mm}–{hours.Closes:HH\\:mm}</li>");
        }

        html.Append("</ul></section><section class=\"testimonials\">");
        foreach (var review in b.Reviews.Take(2))
        {
            html.Append($"<blockquote>“{Html.E(review.Text)}” — {Html.E(review.Author)}, {review.Date.Year}</blockquote>");
        }

        html.Append("</section>");
        return SiteLayout.Render(b, links, t.Home, html.ToString());
    }
}
