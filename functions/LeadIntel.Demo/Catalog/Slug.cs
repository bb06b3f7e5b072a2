using System.Globalization;
using System.Text;

namespace LeadIntel.Demo.Catalog;

/// <summary>URL keys from names: ASCII lower case, diacritics dropped, words joined by hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal)
            .Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>Lower case without diacritics, for matching query words (<c>Cafés</c> → <c>cafes</c>).</summary>
    public static string Fold(string text) => From(text).Replace('-', ' ');
}
