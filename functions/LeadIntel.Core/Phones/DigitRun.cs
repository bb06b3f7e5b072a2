using System.Text;
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

    public List<(int Start, int End, string Digits)> Groups { get; } = [];

    /// <summary>Separators between consecutive groups, folded, runs of spaces collapsed to one.</summary>
    public List<string> Separators { get; } = [];

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

    public static DigitRun Read(string text, int start, int end)
    {
        var run = new DigitRun(text, start, end);
        var i = start;
        run.International = CharFolding.Fold(text[i]) == '+';
        var separator = new StringBuilder();
        var digits = new StringBuilder();
        var groupStart = -1;
        for (; i <= end; i++)
        {
            var c = i < end ? CharFolding.Fold(text[i]) : ' ';
            if (char.IsAsciiDigit(c) && i < end)
            {
                if (groupStart < 0)
                {
                    groupStart = i;
                    if (run.Groups.Count > 0)
                    {
                        run.Separators.Add(separator.ToString());
                    }

                    separator.Clear();
                }

                digits.Append(c);
                continue;
            }

            if (c == CharFolding.Drop)
            {
                continue;
            }

            if (groupStart >= 0)
            {
                run.Groups.Add((groupStart, i, digits.ToString()));
                digits.Clear();
                groupStart = -1;
            }

            if (run.Groups.Count > 0 && !(c == ' ' && separator.Length > 0 && separator[^1] == ' '))
            {
                separator.Append(c);
            }
        }

        var first = 0;
        for (var g = 0; g < run.Separators.Count; g++)
        {
            if (run.Separators[g].AsSpan().IndexOfAny(' ', '/') >= 0)
            {
                run.Parts.Add((first, g));
                first = g + 1;
            }
        }

        run.Parts.Add((first, run.Groups.Count - 1));
        return run;
    }

    public int DigitCount(int firstGroup, int lastGroup)
    {
        var count = 0;
        for (var g = firstGroup; g <= lastGroup; g++)
        {
            count += Groups[g].Digits.Length;
        }

        return count;
    }

    /// <summary>The text of groups first..last, folded, with the run's leading '+' or '(' when first is 0.</summary>
    public string Raw(int firstGroup, int lastGroup)
    {
        var from = firstGroup == 0 ? Start : Groups[firstGroup].Start;
        var to = Groups[lastGroup].End;
        var raw = new StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            var c = CharFolding.Fold(Text[i]);
            if (c != CharFolding.Drop && !(c == ' ' && raw.Length > 0 && raw[^1] == ' '))
            {
                raw.Append(c);
            }
        }

        return raw.ToString();
    }
}
