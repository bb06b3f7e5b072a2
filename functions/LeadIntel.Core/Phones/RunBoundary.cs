using LeadIntel.Core.Text;

namespace LeadIntel.Core.Phones;

/// <summary>
/// Whether a digit run is glued to what stands around it, which makes it part of a larger token rather than a number
/// on its own: "v2.3.14", "IMG_20240115", "SKU-12345678", "/products/12345678", "$1299", "12345678.pdf",
/// "550e8400", "1.234.567,00", "10:30", "99 €".
/// </summary>
internal static class RunBoundary
{
    private const string Currency = "$€£¥₹₩₽¢";

    /// <summary>Glued on the left of <paramref name="start"/> (the run's first character).</summary>
    public static bool IsGluedLeft(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var before = CharFolding.Fold(text[start - 1]);
        var beforeThat = start >= 2 ? CharFolding.Fold(text[start - 2]) : ' ';
        // Cased letters only: Japanese or Chinese text runs straight into numbers without spaces.
        if (char.IsUpper(before) || char.IsLower(before) || "_@=&#%\\".Contains(before) || Currency.Contains(before))
        {
            return true;
        }

        if (before is '-' or '.' or '/' or ',' && char.IsLetterOrDigit(beforeThat))
        {
            return true;
        }

        // "$ 1 299 000", "# 12345678", "EUR 1.234.567".
        return before == ' ' && (Currency.Contains(beforeThat) || beforeThat == '#');
    }

    /// <summary>Glued on the right of <paramref name="end"/> (just after the run, or after its extension).</summary>
    /// <param name="singleGroup">The run is one unbroken digit string, so a letter right after it makes it an identifier.</param>
    public static bool IsGluedRight(string text, int end, bool singleGroup)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var after = CharFolding.Fold(text[end]);
        var afterThat = end + 1 < text.Length ? CharFolding.Fold(text[end + 1]) : ' ';
        if (char.IsLetter(after))
        {
            // Inline markup can butt a label against a number ("416-362-8820Call"); a lower-case letter or a
            // bare digit string still reads as one token (file names, hashes, "24h").
            return char.IsLower(after) || (singleGroup && char.IsAsciiLetter(after));
        }

        if ("_@%°‰".Contains(after) || Currency.Contains(after))
        {
            return true;
        }

        var glued = after switch
        {
            '-' or '/' => char.IsLetterOrDigit(afterThat),
            '.' => char.IsLower(afterThat) || char.IsDigit(afterThat),
            ',' or ':' => char.IsDigit(afterThat),
            _ => false,
        };
        if (glued)
        {
            return true;
        }

        // A price: "1.299.000 €", "129900 EUR".
        return after == ' ' && (Currency.Contains(afterThat) || StartsWithCode(text, end + 1));
    }

    private static bool StartsWithCode(string text, int at)
    {
        foreach (var code in (ReadOnlySpan<string>)["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "INR", "BRL", "JPY", "Euro"])
        {
            if (text.AsSpan(at).StartsWith(code, StringComparison.Ordinal)
                && (at + code.Length == text.Length || !char.IsLetter(text[at + code.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
