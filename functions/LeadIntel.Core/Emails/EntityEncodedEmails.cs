using System.Net;

namespace LeadIntel.Core.Emails;

/// <summary>
/// Finds addresses hidden from scrapers as HTML character references in the page source
/// (<c>&amp;#106;&amp;#111;&amp;#104;&amp;#110;&amp;#64;...</c>, <c>john&amp;#x40;acme.com</c>, <c>&amp;commat;</c>).
/// </summary>
public static class EntityEncodedEmails
{
    private static readonly string[] EncodedAt = ["&#64;", "&#064;", "&#0064;", "&#x40;", "&#x0040;", "&commat;"];

    private static readonly (string Name, string Symbol)[] Html5Names =
    [
        ("&commat;", "@"), ("&period;", "."), ("&lowbar;", "_"), ("&hyphen;", "-"), ("&dash;", "-"), ("&plus;", "+"), ("&colon;", ":"),
    ];

    public static IReadOnlyList<string> Find(string html)
    {
        var found = new List<string>();
        foreach (var marker in EncodedAt)
        {
            var i = 0;
            while ((i = html.IndexOf(marker, i, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var start = ExtendLeft(html, i);
                var end = ExtendRight(html, i + marker.Length);
                var decoded = Decode(html[start..end]);
                // An encoded mailto: link decodes with its scheme.
                decoded = decoded[(decoded.LastIndexOf(':') + 1)..];
                if (EmailAddress.TryNormalize(decoded, out var address))
                {
                    found.Add(address);
                }

                i = end;
            }
        }

        return found;
    }

    /// <summary>WebUtility knows only HTML 4 names; the HTML5 ones for address punctuation are added here.</summary>
    private static string Decode(string encoded)
    {
        foreach (var (name, symbol) in Html5Names)
        {
            encoded = encoded.Replace(name, symbol, StringComparison.OrdinalIgnoreCase);
        }

        return WebUtility.HtmlDecode(encoded);
    }

    private static int ExtendLeft(string html, int at)
    {
        var i = at;
        while (i > 0)
        {
            if (html[i - 1] == ';' && EntityStart(html, i - 1) is var entity and >= 0)
            {
                i = entity;
            }
            else if (IsAddressChar(html[i - 1]) || html[i - 1] == ':')
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ExtendRight(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            if (html[i] == '&' && html.IndexOf(';', i, Math.Min(10, html.Length - i)) is var semi and > 0)
            {
                i = semi + 1;
            }
            else if (IsAddressChar(html[i]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The index of the '&amp;' opening the reference that ends at <paramref name="semicolon"/>, or -1.</summary>
    private static int EntityStart(string html, int semicolon)
    {
        for (var i = semicolon - 1; i >= 0 && semicolon - i <= 9; i--)
        {
            if (html[i] == '&')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(html[i]) && html[i] != '#')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
