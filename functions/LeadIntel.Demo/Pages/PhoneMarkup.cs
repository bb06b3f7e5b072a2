using System.Text;
using System.Text.RegularExpressions;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Pages;

/// <summary>The phone block of a detail page, in the business's <see cref="PhoneStyle"/>.</summary>
internal static partial class PhoneMarkup
{
    public static string Render(Business b, DirectoryLinks links) => b.PhoneStyle switch
    {
        PhoneStyle.TelLink => $"<a class=\"biz-phone\" href=\"tel:{b.Phone.E164}\"><span class=\"icon\" aria-hidden=\"true\">☎</span> {Html.E(b.PhoneDisplay)}</a>",
        PhoneStyle.SplitText => $"<div class=\"biz-phone\"><span class=\"icon\" aria-hidden=\"true\">☎</span> {Split(b.PhoneDisplay)}</div>",
        PhoneStyle.JsonLdOnly => $"<button class=\"reveal-phone\" type=\"button\" data-listing=\"{b.ListingId}\">☎ Show phone number</button>",
        _ => $"<span class=\"biz-phone-image\"><span class=\"icon\" aria-hidden=\"true\">☎</span> <img class=\"biz-phone-img\" src=\"{links.PhoneImage(b.Slug)}\" alt=\"Phone number\" height=\"28\"></span>",
    };

    /// <summary>Each digit group in its own span, separators between them as text: what scrapers meet on sites that fight them.</summary>
    public static string Split(string display)
    {
        var html = new StringBuilder();
        foreach (Match part in Parts().Matches(display))
        {
            html.Append(char.IsAsciiDigit(part.Value[0]) ? $"<span class=\"ph\">{part.Value}</span>" : Html.E(part.Value));
        }

        return html.ToString();
    }

    [GeneratedRegex(@"\d+|\D+")]
    private static partial Regex Parts();
}
