using System.Text;

namespace LeadIntel.Core.Crawling.Robots;

/// <summary>
/// Brings URL paths and robots.txt patterns to one comparable form (RFC 9309 §2.2.2): non-ASCII text is
/// UTF-8 percent-encoded, escapes of unreserved characters are decoded, other escapes keep upper-case hex.
/// So <c>/a/%62</c> and <c>/a/b</c> compare equal, as do <c>/ツ</c> and <c>/%E3%83%84</c>.
/// </summary>
public static class RobotsPath
{
    public static string Normalize(string path)
    {
        var builder = new StringBuilder(path.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]))
            {
                var decoded = (char)Convert.ToByte(path.Substring(i + 1, 2), 16);
                if (IsUnreserved(decoded))
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length
                    ? Encoding.UTF8.GetBytes(path.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(path.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The part of a URL robots rules match against: path and query, never empty.</summary>
    public static string Of(Uri url)
    {
        var pathAndQuery = url.PathAndQuery;
        return Normalize(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
