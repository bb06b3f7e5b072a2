using System.Buffers;

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

    private static readonly SearchValues<char> RunStarts = SearchValues.Create(
        "0123456789+(" + "０１２３４５６７８９＋（" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "०१२३४५६७८९");

    /// <summary>
    /// The phone numbers in <paramref name="text"/>, in order. National numbers are read in <paramref name="region"/>
    /// (ISO 3166 code); numbers written with '+' are read in any region.
    /// </summary>
    public static IReadOnlyList<PhoneCandidate> Scan(string text, string region)
    {
        var found = new List<PhoneCandidate>();
        var knownRegion = PhoneValidation.IsKnownRegion(region);
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(RunStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] is '+' or '(' or '＋' or '（' && (i + 1 == text.Length || !Text.CharFolding.IsDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            var end = DigitRun.ReadExtent(text, i, out var digits);
            if (digits >= MinDigits)
            {
                var run = DigitRun.Read(text, i, end);
                if (run.International || knownRegion)
                {
                    ScanRun(run, region, found);
                }
            }

            i = Math.Max(end, i + 1);
        }

        return found;
    }

    private static void ScanRun(DigitRun run, string region, List<PhoneCandidate> found)
    {
        if (run.Groups.Count > MaxGroupsPerRun)
        {
            return;
        }

        var label = PhoneLabel.Classify(run.Text, run.Start);
        if (label is PhoneLabelKind.Fax or PhoneLabelKind.Identifier)
        {
            return;
        }

        var labelled = label == PhoneLabelKind.Phone;
        if (Rejects(Shape(run, 0, run.Groups.Count - 1), labelled))
        {
            return;
        }

        var poisoned = PoisonedParts(run, labelled);
        var hasExtension = PhoneExtension.TryRead(run.Text, run.End, out var extension, out var extensionEnd);
        var rightEdge = hasExtension ? extensionEnd : run.End;
        var gluedLeft = !labelled && RunBoundary.IsGluedLeft(run.Text, run.Start);
        var gluedRight = RunBoundary.IsGluedRight(run.Text, rightEdge, run.Groups.Count == 1);

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
                if (digits is < MinDigits or > MaxDigits || Rejects(Shape(run, first, last), labelled && s == 0))
                {
                    continue;
                }

                var raw = run.Raw(first, last);
                if (!PhoneValidation.TryValidate(raw, region, out var number))
                {
                    continue;
                }

                var start = first == 0 ? run.Start : run.Groups[first].Start;
                var withExtension = hasExtension && e == parts.Count - 1;
                var end = withExtension ? extensionEnd : run.Groups[last].End;
                found.Add(new PhoneCandidate(raw, PhoneValidation.E164(number), withExtension ? extension : null, start, end - start, labelled && s == 0));
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
        for (var g = 0; g < run.Groups.Count; g++)
        {
            if (g < run.Groups.Count - 1 && !run.Separators[g].Contains(' ', StringComparison.Ordinal))
            {
                continue;
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

        var groups = run.Groups.GetRange(first, last - first + 1).ConvertAll(g => g.Digits);
        return NonPhoneShape.Classify(groups, run.Separators.GetRange(first, last - first));
    }

    private static bool Rejects(NonPhoneKind kind, bool labelled) =>
        kind != NonPhoneKind.None && !(labelled && NonPhoneShape.IsWeak(kind));
}
