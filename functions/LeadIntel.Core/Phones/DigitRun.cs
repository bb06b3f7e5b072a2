using LeadIntel.Core.Text;

namespace LeadIntel.Core.Phones;

/// <summary>
/// A run of digits and phone punctuation (spaces, - . ( ) /, a leading +) on one line, split into digit groups.
/// Groups are cut into <em>parts</em> where a separator holds a space or a slash: a number never starts or ends
/// inside a part, so "94043 650-253-0000" can yield "650-253-0000" but "1234-5678" is never cut.
/// </summary>
internal sealed class DigitRun
{
    private const int MaxSeparatorLength = 3;

    private DigitRun(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    public string Text { get; }

    /// <summary>Index of the first character (a digit, '+' or '(').</summary>
    public int Start { get; }

    /// <summary>Index just after the last digit.</summary>
    public int End { get; }

    public bool International { get; private set; }

    /// <summary>Where each digit group starts and ends in <see cref="Text"/>.</summary>
    public List<(int Start, int End)> Spans { get; } = [];

    /// <summary>Each group's digits, folded to ASCII.</summary>
    public string[] Groups { get; private set; } = [];

    /// <summary>Separators between consecutive groups, folded, runs of spaces collapsed to one.</summary>
    public string[] Separators { get; private set; } = [];

    /// <summary>Inclusive group ranges of the parts.</summary>
    public List<(int First, int Last)> Parts { get; } = [];

    /// <summary>The end (exclusive) of the run starting at <paramref name="start"/>, and how many digits it has.</summary>
    public static int ReadExtent(string text, int start, out int digits)
    {
        digits = 0;
        var i = start;
        if (CharFolding.Fold(text[i]) is '+' or '(')
        {
            i++;
        }

        var lastDigitEnd = start;
        var separator = 0;
        while (i < text.Length)
        {
            var c = CharFolding.Fold(text[i]);
            if (char.IsAsciiDigit(c))
            {
                digits++;
                lastDigitEnd = ++i;
                separator = 0;
            }
            else if (c == CharFolding.Drop)
            {
                i++;
            }
            else if (c is ' ' or '-' or '.' or '(' or ')' or '/' && ++separator <= MaxSeparatorLength)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return lastDigitEnd;
    }

    /// <summary>Reads the run between <paramref name="start"/> and <paramref name="end"/>; null when it has more than <paramref name="maxGroups"/> groups.</summary>
    public static DigitRun? Read(string text, int start, int end, int maxGroups)
    {
        var run = new DigitRun(text, start, end) { International = CharFolding.Fold(text[start]) == '+' };
        var groups = new List<string>();
        var separators = new List<string>();
        var i = start;
        while (i < end)
        {
            // Skip to the next digit, then take the group.
            var separatorStart = i;
            while (!CharFolding.IsDigit(text[i]))
            {
                i++;
            }

            if (groups.Count > 0)
            {
                separators.Add(Separator(text.AsSpan(separatorStart, i - separatorStart)));
            }

            var groupStart = i;
            while (i < end && (CharFolding.IsDigit(text[i]) || CharFolding.Fold(text[i]) == CharFolding.Drop))
            {
                i++;
            }

            if (run.Spans.Count == maxGroups)
            {
                return null;
            }

            run.Spans.Add((groupStart, i));
            groups.Add(Digits(text.AsSpan(groupStart, i - groupStart)));
        }

        run.Groups = [.. groups];
        run.Separators = [.. separators];
        var first = 0;
        for (var g = 0; g < run.Separators.Length; g++)
        {
            if (run.Separators[g].AsSpan().IndexOfAny(' ', '/') >= 0)
            {
                run.Parts.Add((first, g));
                first = g + 1;
            }
        }

        run.Parts.Add((first, run.Groups.Length - 1));
        return run;
    }

    public int DigitCount(int firstGroup, int lastGroup)
    {
        var count = 0;
        for (var g = firstGroup; g <= lastGroup; g++)
        {
            count += Groups[g].Length;
        }

        return count;
    }

    /// <summary>The text of groups first..last, folded, with the run's leading '+' or '(' when first is 0.</summary>
    public string Raw(int firstGroup, int lastGroup)
    {
        var from = firstGroup == 0 ? Start : Spans[firstGroup].Start;
        var to = Spans[lastGroup].End;
        Span<char> raw = stackalloc char[to - from];
        var length = 0;
        for (var i = from; i < to; i++)
        {
            var c = CharFolding.Fold(Text[i]);
            if (c != CharFolding.Drop && !(c == ' ' && length > 0 && raw[length - 1] == ' '))
            {
                raw[length++] = c;
            }
        }

        return new string(raw[..length]);
    }

    private static string Digits(ReadOnlySpan<char> source)
    {
        if (!source.ContainsAnyExceptInRange('0', '9'))
        {
            return new string(source);
        }

        Span<char> digits = source.Length <= 64 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        foreach (var c in source)
        {
            var folded = CharFolding.Fold(c);
            if (folded != CharFolding.Drop)
            {
                digits[length++] = folded;
            }
        }

        return new string(digits[..length]);
    }

    private static string Separator(ReadOnlySpan<char> source)
    {
        // Most separators are one character; share those strings.
        if (source.Length == 1)
        {
            return CharFolding.Fold(source[0]) switch
            {
                ' ' => " ",
                '-' => "-",
                '.' => ".",
                '/' => "/",
                var other => other.ToString(),
            };
        }

        Span<char> folded = stackalloc char[source.Length];
        var length = 0;
        foreach (var c in source)
        {
            var f = CharFolding.Fold(c);
            if (f != CharFolding.Drop && !(f == ' ' && length > 0 && folded[length - 1] == ' '))
            {
                folded[length++] = f;
            }
        }

        return new string(folded[..length]);
    }
}
