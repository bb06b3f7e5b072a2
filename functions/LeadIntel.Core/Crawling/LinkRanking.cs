using System.Text.RegularExpressions;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Ranks a link by how likely its page carries contact data, from its URL path and anchor text, in the
/// languages leads come in. Lower tiers are fetched first.
/// </summary>
public static partial class LinkRanking
{
    /// <summary>Contact and legal-notice pages: phones and emails by law or by purpose (German Impressum, French mentions légales).</summary>
    public const int Contact = 0;

    /// <summary>About, team, locations, privacy: often a phone, an address or a data-controller email.</summary>
    public const int Company = 1;

    public const int Other = 2;

    /// <summary>Archives, pagination, accounts, carts: rarely anything new.</summary>
    public const int LowValue = 3;

    public static int Tier(Uri url, string anchorText)
    {
        var path = Uri.UnescapeDataString(url.PathAndQuery);
        var text = path + " " + anchorText;
        if (ContactWords().IsMatch(text))
        {
            return Contact;
        }

        if (CompanyWords().IsMatch(text))
        {
            return Company;
        }

        return LowValuePaths().IsMatch(path) ? LowValue : Other;
    }

    // A left word boundary keeps "roundabout", "illegal" and "steam" out; any ending is fine (contacts, kontaktieren).
    [GeneratedRegex(@"(?<!\p{L})(contact|kontakt|contacto|contato|contatti|contattaci|cont[aá]ctenos|contactez|get[\s_-]*in[\s_-]*touch|reach[\s_-]*us|impressum|imprint|legal[\s_-]*notice|mentions[\s_-]*l[eé]gales|aviso[\s_-]*legal|note[\s_-]*legali|colofon|yhteystiedot|お問い合わせ|联系我们)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactWords();

    [GeneratedRegex(@"(?<!\p{L})(about|[üu]e?ber[\s_-]*uns|chi[\s_-]*siamo|qui[eé]nes[\s_-]*somos|sobre[\s_-]*(nosotros|n[oó]s)|qui[\s_-]*sommes|[aà][\s_-]*propos|over[\s_-]*ons|team|staff|our[\s_-]*people|locations?|standort|find[\s_-]*us|store[\s_-]*locator|stores|offices|branches|filialen|sedi|ubicaciones|legal|privacy|datenschutz)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyWords();

    [GeneratedRegex(@"/(tags?|category|categories|author|page|feed|wp-json|cart|basket|warenkorb|checkout|account|my-account|login|signin|register|search)(/|$|\?)|[?&](s|q|sort|orderby|filter|page|paged)=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowValuePaths();
}
