namespace LeadIntel.Core.Ocr;

/// <summary>
/// Undoes OCR's usual letter-for-digit misreads (O for 0, l or I for 1) in tokens made of digits,
/// punctuation and those letters only, so a phone matcher sees "0800 123 4567" where Tesseract read "O8OO l23 4567".
/// The output has the input's length: offsets into it are offsets into the original.
/// </summary>
public static class OcrDigitRepair
{
    public static string Repair(string text)
    {
        var chars = text.ToCharArray();
        var start = 0;
        while (start < chars.Length)
        {
            if (char.IsWhiteSpace(chars[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < chars.Length && !char.IsWhiteSpace(chars[end]))
            {
                end++;
            }

            RepairToken(chars.AsSpan(start, end - start));
            start = end;
        }

        return new string(chars);
    }

    private static void RepairToken(Span<char> token)
    {
        int digits = 0, lookalikes = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (Lookalike(c) is not null)
            {
                lookalikes++;
            }
            else if (char.IsLetter(c))
            {
                return; // a real word ("10am", "O'Brien"), not a misread number
            }
        }

        // Words like "I" or "Oslo" have no digit; two-character tokens ("1O") are too short to judge.
        if (digits == 0 || lookalikes == 0 || token.Length < 3)
        {
            return;
        }

        for (var i = 0; i < token.Length; i++)
        {
            token[i] = Lookalike(token[i]) ?? token[i];
        }
    }

    private static char? Lookalike(char c) => c switch
    {
        'O' or 'o' => '0',
        'l' or 'I' => '1',
        _ => null,
    };
}
