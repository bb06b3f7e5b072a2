using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>
/// Phones in links a person taps to call or message: <c>tel:</c>, <c>sms:</c>, <c>callto:</c>,
/// WhatsApp click-to-chat (<c>wa.me/NUMBER</c>, <c>api.whatsapp.com/send?phone=NUMBER</c>).
/// </summary>
public sealed class TelLinkLayer(double confidence = 0.95) : IPhoneLayer
{
    public string Name => ExtractionLayers.TelLink;

    public IEnumerable<PhoneHit> Find(HtmlPage page)
    {
        foreach (var link in page.Document.QuerySelectorAll("a[href]"))
        {
            var raw = PhoneFromHref(link.GetAttribute("href")!);
            if (raw is null)
            {
                continue;
            }

            var context = ContextSnippet.Clean(link.TextContent);
            yield return new PhoneHit(raw, Name, confidence, context.Length > 0 ? context : raw, Source: page.Url?.ToString());
        }
    }

    /// <summary>The phone part of a call/message link, or null when the link is not one.</summary>
    public static string? PhoneFromHref(string href)
    {
        var value = href.Trim();
        foreach (var scheme in (ReadOnlySpan<string>)["tel:", "sms:", "callto:", "whatsapp://send?phone="])
        {
            if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var rest = Uri.UnescapeDataString(value[scheme.Length..]);
                // sms:+1555...?body=... and tel:+1...;ext=12 keep only the number (and ext for tel).
                var query = rest.IndexOf('?');
                if (query >= 0)
                {
                    rest = rest[..query];
                }

                return rest.Replace("//", string.Empty, StringComparison.Ordinal).Trim();
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host is "wa.me" or "www.wa.me")
        {
            var digits = uri.AbsolutePath.Trim('/');
            return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? "+" + digits : null;
        }

        if (host is "api.whatsapp.com" or "web.whatsapp.com" or "wa.link")
        {
            foreach (var pair in uri.Query.TrimStart('?').Split('&'))
            {
                if (pair.StartsWith("phone=", StringComparison.OrdinalIgnoreCase))
                {
                    var digits = new string(Uri.UnescapeDataString(pair[6..]).Where(char.IsAsciiDigit).ToArray());
                    return digits.Length > 0 ? "+" + digits : null;
                }
            }
        }

        return null;
    }
}
