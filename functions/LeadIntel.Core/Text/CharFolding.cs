using System.Globalization;

namespace LeadIntel.Core.Text;

/// <summary>
/// Folds the display variants pages use for digits and punctuation to plain ASCII, so a number typed with
/// full-width digits, non-breaking or thin spaces, zero-width joiners or an en dash reads like one typed plainly.
/// </summary>
public static class CharFolding
{
    /// <summary>Returned by <see cref="Fold"/> for characters that have no width and should be dropped.</summary>
    public const char Drop = '\0';

    /// <summary>
    /// The folded character: Unicode decimal digits to '0'..'9', dashes and minus signs to '-',
    /// space variants (no-break, thin, narrow, figure, ideographic) to ' ', zero-width characters and
    /// the soft hyphen to <see cref="Drop"/>. Everything else is returned unchanged.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c;
        }

        switch (c)
        {
            case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                return ' ';
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return Drop;
            case (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                return '-';
            case '\uFF08':
                return '(';
            case '\uFF09':
                return ')';
            case '\uFF0B':
                return '+';
            case '\uFF0E':
                return '.';
            case '\uFF0F':
                return '/';
        }

        if (char.IsDigit(c))
        {
            // Every Unicode "Nd" character has a numeric value 0..9.
            return (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c));
        }

        return c;
    }

    /// <summary>True for characters that read as a decimal digit once folded.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c >= 128 && char.IsDigit(c));
}
