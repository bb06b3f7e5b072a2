using System.Text;

namespace LeadIntel.Core.Ocr;

/// <summary>
/// Reads words in an image's file name, alt, title, class and id: do they suggest contact data
/// (phone, contact, kontakt, hotline, ...) or an image that never carries it (logo, avatar, icon, ...)?
/// Words are compared whole or by prefix, never as substrings ("tel" must not match "hotel").
/// </summary>
internal static class ImageHints
{
    private static readonly string[] StrongWords =
    [
        "tel", "call", "fax", "sms", "mail", "email", "phone", "mobile", "mobil", "handy", "cell",
        "telefon", "telefono", "telephone", "telefone", "contact", "contacts", "contacto", "contatti", "contatto",
        "kontakt", "kontakte", "hotline", "helpline", "whatsapp", "number", "nummer", "numero", "rufnummer",
        "anrufen", "callus", "contactus", "impressum", "address", "adresse", "direccion", "indirizzo",
    ];

    // Compounds such as "phonenumber", "contactbanner", "telefonnummer", "kontaktdaten".
    private static readonly string[] StrongPrefixes = ["phone", "telefon", "telephon", "contact", "kontakt", "hotline", "whatsapp", "callus", "mailto"];

    private static readonly string[] WeakWords =
    [
        "banner", "cta", "header", "footer", "hero", "flyer", "card", "businesscard", "visitenkarte", "info",
        "service", "kundenservice", "support", "hours", "office", "location", "store", "shop", "promo", "sign",
    ];

    private static readonly string[] SkipWords =
    [
        "logo", "logos", "logotype", "brand", "avatar", "avatars", "gravatar", "icon", "icons", "ico", "favicon",
        "sprite", "sprites", "pixel", "tracking", "tracker", "beacon", "spacer", "blank", "transparent", "emoji",
        "emoticon", "smiley", "flag", "flags", "badge", "star", "stars", "rating", "arrow", "chevron", "loader",
        "loading", "spinner", "placeholder", "lazy", "social", "facebook", "twitter", "instagram", "linkedin",
        "youtube", "pinterest", "tiktok", "xing", "qr", "qrcode", "captcha", "ads", "advert", "advertisement",
        "profile", "user", "author", "gallery", "thumb", "thumbnail", "1x1",
    ];

    private static readonly string[] SkipPrefixes = ["logo", "avatar", "favicon", "sprite", "spinner", "placeholder", "gravatar"];

    /// <summary>Reads attribute text; a skip word wins over everything else ("phone-icon.png" is an icon).</summary>
    public static ImageHint Read(string text)
    {
        var strong = false;
        var weak = false;
        foreach (var word in Words(text))
        {
            if (Array.IndexOf(SkipWords, word) >= 0 || SkipPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
            {
                return new ImageHint(Skip: true, Strong: false, Weak: false);
            }

            strong |= Array.IndexOf(StrongWords, word) >= 0 || StrongPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal));
            weak |= Array.IndexOf(WeakWords, word) >= 0;
        }

        return new ImageHint(Skip: false, strong, weak);
    }

    /// <summary>Whether text holds a run of 7+ digits (spaces, dots, dashes, brackets allowed): a number written in alt text.</summary>
    public static bool HasPhoneLikeDigits(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (digits >= 7)
                {
                    return true;
                }
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '+'))
            {
                digits = 0;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower-case words, split at non-letters and camelCase humps, each also without trailing digits
    /// ("callUs_banner2" → call, us, banner2, banner).
    /// </summary>
    internal static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var previous = ' ';
        foreach (var c in text.Append(' '))
        {
            var hump = char.IsUpper(c) && char.IsLower(previous);
            if ((!char.IsLetterOrDigit(c) || hump) && word.Length > 0)
            {
                var whole = word.ToString();
                yield return whole;
                var stem = whole.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (stem.Length >= 2 && stem.Length < whole.Length)
                {
                    yield return stem;
                }

                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }

            previous = c;
        }
    }
}
