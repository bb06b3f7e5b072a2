using System.Text;
using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Sites;

/// <summary>
/// A business website's contact page: the main number (tel: link or text), a mobile with WhatsApp, a fax,
/// the email in the business's <see cref="EmailStyle"/>, a contact form with placeholder addresses, and JSON-LD.
/// </summary>
internal static class SiteContactView
{
    public static string Render(Business b, DirectoryLinks links)
    {
        var t = SiteTexts.For(b.City.Language);
        var international = b.Phone.Formats.FirstOrDefault(f => f.StartsWith('+')) ?? b.Phone.Formats[0];
        var html = new StringBuilder();
        html.Append($"<h1>{t.Contact}</h1><address class=\"address\"><strong>{t.Address}:</strong> {Html.E(b.Address)}</address><ul class=\"contact-lines\">");
        html.Append(b.WebsiteTelLink
            ? $"<li>{t.Phone}: <a href=\"tel:{b.Phone.E164}\">{Html.E(international)}</a></li>"
            : $"<li>{t.Phone}: {Html.E(international)}</li>");
        if (b.Mobile is not null)
        {
            var mobile = Html.E(b.Mobile.Formats[0]);
            html.Append(b.HasWhatsApp
                ? $"<li>{t.Mobile}: <a href=\"https://wa.me/{b.Mobile.Digits}\">{mobile}</a></li>"
                : $"<li>{t.Mobile}: {mobile}</li>");
        }

        if (b.Fax is not null)
        {
            html.Append($"<li>{t.Fax}: {Html.E(b.Fax.Formats[0])}</li>");
        }

        if (b.Email is not null)
        {
            html.Append($"<li>{t.Email}: {EmailMarkup(b.Email, b.EmailStyle)}</li>");
        }

        html.Append($"</ul><section class=\"hours\"><h2>{t.Hours}</h2><table>");
        foreach (var hours in b.Hours)
        {
            html.Append($"<tr><th>{Html.E(t.DayRange(hours.Days))}</th><td>{hours.Opens:HH\\:mm} – {hours.Closes:HH\\:mm}</td></tr>");
        }

        html.Append($"""
            </table></section>
            <div class="map" data-lat="{Html.Number(b.Latitude)}" data-lng="{Html.Number(b.Longitude)}"></div>
            <form class="contact-form" method="post" action="#">
              <h2>{t.WriteUs}</h2>
              <label>{t.Name} <input name="name" autocomplete="name"></label>
              <label>{t.Email} <input type="email" name="email" placeholder="you@example.com"></label>
              <label>{t.Phone} <input type="tel" name="phone" placeholder="{Html.E(PlaceholderPhone(b.City))}"></label>
              <label>{t.Message} <textarea name="message" rows="5"></textarea></label>
              <button type="submit">{t.Send}</button>
            </form>
            """);
        var head = b.HasJsonLd
            ? LocalBusinessJsonLd.Render(b, links.Absolute(links.Site(b.Slug, "contact")), links.Absolute(links.Site(b.Slug)), international, includeGeo: true, b.EmailStyle == EmailStyle.Mailto ? b.Email : null)
            : string.Empty;
        return SiteLayout.Render(b, links, t.Contact, html.ToString(), head);
    }

    private static string EmailMarkup(string email, EmailStyle style)
    {
        var at = email.IndexOf('@');
        var local = email[..at];
        var domain = email[(at + 1)..];
        return style switch
        {
            EmailStyle.Mailto => $"<a href=\"mailto:{Html.E(email)}\">{Html.E(email)}</a>",
            EmailStyle.Obfuscated => $"<span class=\"obf\">{Html.E(local)} [at] {Html.E(domain.Replace(".", " [dot] ", StringComparison.Ordinal))}</span>",
            _ => Html.E(email),
        };
    }

    // Form placeholders look like numbers but belong to no one; extractors should not report them.
    private static string PlaceholderPhone(City city) => city.CountryCode switch
    {
        "DE" => "030 123456",
        "FR" => "06 00 00 00 00",
        "GB" => "07123 456789",
        "AU" => "04xx xxx xxx",
        _ => "(555) 555-5555",
    };
}
