using System.Text;
using System.Text.RegularExpressions;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Decodes a response body the way browsers pick the charset: byte-order mark, then the Content-Type
/// charset, then a <c>&lt;meta charset&gt;</c> in the first KiB, then UTF-8. Legacy code pages
/// (windows-1252, Shift_JIS, ...) are common on small business sites.
/// </summary>
public static partial class ResponseText
{
    static ResponseText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = FromBom(body, out var bomLength) ?? Named(headerCharset) ?? Named(MetaCharset(body)) ?? Encoding.UTF8;
        return encoding.GetString(body[bomLength..]);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> body, out int length)
    {
        (Encoding? encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? Named(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            // WHATWG maps these labels to windows-1252; so must we, or "ü" from a Latin-1 page turns into a box.
            var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
            return Encoding.GetEncoding(name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? "windows-1252" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
