using System.Buffers;
using LeadIntel.Core.Text;

namespace LeadIntel.Core.Phones;

/// <summary>
/// Finds phone numbers in plain text fast. A hand-written scan finds runs of digits and phone punctuation with
/// 7..15 digits; cheap checks drop what only looks like a phone (dates, times, prices, ZIP+4, IPs, coordinates,
/// cards, ISBNs, versions, IDs after "Order"/"SKU"/"Ref", numbers glued to other tokens, fax lines); only what is
/// left is parsed and validated by libphonenumber. A run holding several numbers ("416-362-8820 / 416-362-8821")
/// is cut between parts, never inside one.
/// </summary>
public static class PhoneCandidateScanner
{
    public const int MinDigits = 7;
    public const int MaxDigits = 15;

    // "+33 1 23 45 67 89" has six parts; a window wider than eight is a table of figures, not a phone.
    private const int MaxPartsPerNumber = 8;

    // Longer runs are tables of figures; trying windows across them costs time and finds nothing real.
    private const int MaxGroupsPerRun = 48;

    // ASCII only, so the search stays vectorized; non-ASCII characters are looked at one by one (see StartFinder).
    private static readonly SearchValues<char> RunStarts = SearchValues.Create("0123456789+(");

    /// <summary>
    /// The phone numbers in <paramref name="text"/>, in order. National numbers are read in <paramref name="region"/>
    /// (ISO 3166 code); numbers written with '+' are read in any region.
    /// </summary>
    public static IReadOnlyList<PhoneCandidate> Scan(string text, string region)
    {
        var found = new List<PhoneCandidate>();
        // A page repeats its numbers (header, contact block, footer): validate each spelling once.
        var validated = new Dictionary<string, string?>(StringComparer.Ordinal);
        var knownRegion = PhoneValidation.IsKnownRegion(region);
        var starts = new StartFinder(text);
        int i;
        while ((i = starts.Next()) >= 0)
        {
            if (CharFolding.Fold(text[i]) is '+' or '(' && (i + 1 == text.Length || !CharFolding.IsDigit(text[i + 1])))
            {
                starts.SkipTo(i + 1);
                continue;
            }

            var end = DigitRun.ReadExtent(text, i, out var digits);
            if (digits >= MinDigits && (knownRegion || CharFolding.Fold(text[i]) == '+'))
            {
                // The label decides before anything is allocated: fax lines and identifiers are common.
                var label = PhoneLabel.Classify(text, i);
                if (label is not (PhoneLabelKind.Fax or PhoneLabelKind.Identifier) && DigitRun.Read(text, i, end, MaxGroupsPerRun) is { } run)
                {
                    ScanRun(run, label == PhoneLabelKind.Phone, region, validated, found);
                }
            }

            starts.SkipTo(Math.Max(end, i + 1));
        }

        return found;
    }

    /// <summary>
    /// Finds where runs may start: an ASCII digit, '+' or '(' (a vectorized search), or a non-ASCII character that
    /// folds to one (full-width and other scripts' digits). Each search result is kept until passed, so text full
    /// of non-ASCII letters does not make the ASCII search start over at every character.
    /// </summary>
    private struct StartFinder(string text)
    {
        private int _position;
        private int _nextAscii = -1;
        private int _nextOther = -1;

        public void SkipTo(int position) => _position = position;

        public int Next()
        {
            while (_position < text.Length)
            {
                if (_nextAscii < _position)
                {
                    var found = text.AsSpan(_position).IndexOfAny(RunStarts);
                    _nextAscii = found < 0 ? int.MaxValue : _position + found;
                }

                if (_nextOther < _position)
                {
                    var found = text.AsSpan(_position).IndexOfAnyExceptInRange('\0', '\u007F');
                    _nextOther = found < 0 ? int.MaxValue : _position + found;
                }

                if (_nextAscii <= _nextOther)
                {
                    return _nextAscii == int.MaxValue ? -1 : _nextAscii;
                }

                if (CharFolding.Fold(text[_nextOther]) is (>= '0' and <= '9') or '+' or '(')
                {
                    return _nextOther;
                }

                _position = _nextOther + 1;
            }

            return -1;
        }
    }

    private static void ScanRun(DigitRun run, bool labelled, string region, Dictionary<string, string?> validated, List<PhoneCandidate> found)
    {
        if (Rejects(Shape(run, 0, run.Groups.Length - 1), labelled))
        {
            return;
        }

        var poisoned = PoisonedParts(run, labelled);
        var hasExtension = PhoneExtension.TryRead(run.Text, run.End, out var extension, out var extensionEnd);
        var rightEdge = hasExtension ? extensionEnd : run.End;
        var gluedLeft = !labelled && RunBoundary.IsGluedLeft(run.Text, run.Start);
        var gluedRight = RunBoundary.IsGluedRight(run.Text, rightEdge, run.Groups.Length == 1);

        var parts = run.Parts;
        var s = 0;
        while (s < parts.Count)
        {
            var matched = -1;
            for (var e = Math.Min(parts.Count - 1, s + MaxPartsPerNumber - 1); e >= s && matched < 0; e--)
            {
                if ((s == 0 && gluedLeft) || (e == parts.Count - 1 && gluedRight) || poisoned.AsSpan(s, e - s + 1).Contains(true))
                {
                    continue;
                }

                var (first, last) = (parts[s].First, parts[e].Last);
                var digits = run.DigitCount(first, last);
                var wholeRun = first == 0 && last == run.Groups.Length - 1;
                if (digits is < MinDigits or > MaxDigits || (!wholeRun && Rejects(Shape(run, first, last), labelled && s == 0)))
                {
                    continue;
                }

                var raw = run.Raw(first, last);
                if (!validated.TryGetValue(raw, out var e164))
                {
                    e164 = PhoneValidation.TryValidate(raw, region, out var number) ? PhoneValidation.E164(number) : null;
                    validated[raw] = e164;
                }

                if (e164 is null)
                {
                    continue;
                }

                var start = first == 0 ? run.Start : run.Spans[first].Start;
                var withExtension = hasExtension && e == parts.Count - 1;
                var end = withExtension ? extensionEnd : run.Spans[last].End;
                found.Add(new PhoneCandidate(raw, e164, withExtension ? extension : null, start, end - start, labelled && s == 0));
                matched = e;
            }

            s = matched >= 0 ? matched + 1 : s + 1;
        }
    }

    /// <summary>Parts inside a whitespace-free stretch that reads as a date, decimal, IP, ... cannot be part of a phone.</summary>
    private static bool[] PoisonedParts(DigitRun run, bool labelled)
    {
        var poisoned = new bool[run.Parts.Count];
        var stretchFirst = 0;
        for (var g = 0; g < run.Groups.Length; g++)
        {
            if (g < run.Groups.Length - 1 && !run.Separators[g].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (stretchFirst == 0 && g == run.Groups.Length - 1)
            {
                break; // The whole run, checked already.
            }

            // 5-4 is a ZIP+4 only on its own; after an area code it is a Brazilian mobile "(11) 98765-4321".
            var kind = Shape(run, stretchFirst, g);
            if (kind != NonPhoneKind.ZipPlus4 && Rejects(kind, labelled))
            {
                for (var p = 0; p < run.Parts.Count; p++)
                {
                    poisoned[p] |= run.Parts[p].First <= g && run.Parts[p].Last >= stretchFirst;
                }
            }

            stretchFirst = g + 1;
        }

        return poisoned;
    }

    private static NonPhoneKind Shape(DigitRun run, int first, int last)
    {
        if (first == 0 && run.International)
        {
            return NonPhoneKind.None;
        }

        return NonPhoneShape.Classify(run.Groups.AsSpan(first, last - first + 1), run.Separators.AsSpan(first, last - first));
    }

    private static bool Rejects(NonPhoneKind kind, bool labelled) =>
        kind != NonPhoneKind.None && !(labelled && NonPhoneShape.IsWeak(kind));
}
