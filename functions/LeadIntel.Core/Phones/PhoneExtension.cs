using LeadIntel.Core.Text;

namespace LeadIntel.Core.Phones;

/// <summary>
/// Reads an extension written after a number: "ext. 12", "ext 12", "extension 12", "x12", "#12", "Durchwahl 12",
/// "DW 12", "poste 12", "ramal 12", optionally in brackets or after a comma.
/// </summary>
public static class PhoneExtension
{
    // Longest first so "extension" is not read as "ext" followed by letters.
    private static readonly string[] Markers = ["extension", "durchwahl", "extn", "ext", "poste", "ramal", "dw", "x", "#"];

    /// <summary>Tries to read an extension starting at <paramref name="start"/> (just after the number).</summary>
    /// <param name="end">The index just after the extension (and a closing bracket, if one was opened).</param>
    public static bool TryRead(string text, int start, out string extension, out int end)
    {
        extension = string.Empty;
        end = start;
        var i = SkipSpaces(text, start, 2);
        var bracket = false;
        if (i < text.Length && text[i] is ',' or ';' or '(')
        {
            bracket = text[i] == '(';
            i = SkipSpaces(text, i + 1, 2);
        }

        var marker = MatchMarker(text, i);
        if (marker == 0)
        {
            return false;
        }

        i += marker;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        i = SkipSpaces(text, i, 1);
        if (i < text.Length && text[i] is ':' or '-')
        {
            i = SkipSpaces(text, i + 1, 1);
        }

        var digitsStart = i;
        Span<char> digits = stackalloc char[7];
        var count = 0;
        while (i < text.Length && CharFolding.IsDigit(text[i]))
        {
            if (count == digits.Length)
            {
                return false;
            }

            digits[count++] = CharFolding.Fold(text[i]);
            i++;
        }

        if (count == 0 || (i < text.Length && char.IsLetter(text[i])) || i == digitsStart)
        {
            return false;
        }

        if (bracket && i < text.Length && text[i] == ')')
        {
            i++;
        }

        extension = new string(digits[..count]);
        end = i;
        return true;
    }

    private static int MatchMarker(string text, int at)
    {
        foreach (var marker in Markers)
        {
            if (at + marker.Length > text.Length || !text.AsSpan(at, marker.Length).Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A word marker must end there ("ext" but not "extra"); digits may follow directly ("x12").
            var next = at + marker.Length;
            if (next < text.Length && char.IsLetter(text[next]))
            {
                continue;
            }

            return marker.Length;
        }

        return 0;
    }

    private static int SkipSpaces(string text, int i, int max)
    {
        var skipped = 0;
        while (i < text.Length && skipped < max && (text[i] == ' ' || CharFolding.Fold(text[i]) == ' '))
        {
            i++;
            skipped++;
        }

        return i;
    }
}
