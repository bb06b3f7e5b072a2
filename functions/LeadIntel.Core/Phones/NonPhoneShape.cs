namespace LeadIntel.Core.Phones;

/// <summary>
/// Recognises digit groups that only look like phones: dates, times, year ranges, ZIP+4, IPv4, decimals and
/// coordinates, card numbers, ISBNs, versions, thousands-grouped amounts, timestamps. The input is the digit
/// groups of a run and the separators between them (folded, spaces collapsed to one).
/// </summary>
public static class NonPhoneShape
{
    /// <summary>True for kinds a phone label ("Tel:") may override.</summary>
    public static bool IsWeak(NonPhoneKind kind) => kind is NonPhoneKind.Thousands or NonPhoneKind.Timestamp or NonPhoneKind.CompactDate;

    public static NonPhoneKind Classify(ReadOnlySpan<string> groups, ReadOnlySpan<string> separators)
    {
        var total = 0;
        foreach (var g in groups)
        {
            total += g.Length;
        }

        var first = groups[0];
        var last = groups[^1];
        if (total == 13 && (first.StartsWith("978", StringComparison.Ordinal) || first.StartsWith("979", StringComparison.Ordinal)))
        {
            return NonPhoneKind.Isbn;
        }

        if (groups.Length == 1)
        {
            return first.Length switch
            {
                10 or 13 when first[0] == '1' => NonPhoneKind.Timestamp,
                8 when IsYear(first[..4]) && IsMonth(first[4..6]) && IsDay(first[6..8]) => NonPhoneKind.CompactDate,
                _ => NonPhoneKind.None,
            };
        }

        if (groups.Length == 2)
        {
            var sep = separators[0].Trim();
            if (IsYear(first) && IsYear(last) && sep is "-" or "/")
            {
                return NonPhoneKind.YearRange;
            }

            if (first.Length == 5 && last.Length == 4 && separators[0] == "-")
            {
                return NonPhoneKind.ZipPlus4;
            }

            if (first.Length <= 3 && separators[0] is "." or ",")
            {
                return NonPhoneKind.Decimal;
            }
        }

        if (groups.Length == 3 && separators[0] == separators[1] && separators[0] is "." or "/" or "-" && IsDate(groups[0], groups[1], groups[2]))
        {
            return NonPhoneKind.Date;
        }

        var allDots = All(separators, ".");
        if (groups.Length == 4 && separators[0] is "." or ":" && separators[2] == separators[0] && separators[1].Trim() == "-"
            && IsClock(groups[0], groups[1]) && IsClock(groups[2], groups[3]))
        {
            return NonPhoneKind.TimeRange;
        }

        if (groups.Length == 4 && allDots && AllOctets(groups))
        {
            return NonPhoneKind.IPv4;
        }

        if (groups.Length >= 3 && allDots && (ContainsLength(groups[1..], 1) || (first.Length <= 2 && last.Length >= 5)))
        {
            return NonPhoneKind.Version;
        }

        if (total >= 13 && IsCardGrouping(groups, separators))
        {
            return NonPhoneKind.Card;
        }

        if (groups.Length >= 3 && (allDots || All(separators, ",")) && first.Length <= 3 && AllOfLength(groups[1..], 3))
        {
            return NonPhoneKind.Thousands;
        }

        return NonPhoneKind.None;
    }

    private static bool IsCardGrouping(ReadOnlySpan<string> groups, ReadOnlySpan<string> separators)
    {
        if (!All(separators, " ") && !All(separators, "-"))
        {
            return false;
        }

        // 4-4-4-4(-3) for most schemes, 4-6-5 for Amex, 4-6-4 for Diners.
        if (groups.Length == 3)
        {
            return groups[0].Length == 4 && groups[1].Length == 6 && groups[2].Length is 4 or 5;
        }

        return groups.Length >= 4 && AllOfLength(groups[..^1], 4) && groups[^1].Length is >= 1 and <= 4;
    }

    private static bool AllOctets(ReadOnlySpan<string> groups)
    {
        foreach (var g in groups)
        {
            if (g.Length > 3 || int.Parse(g) > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOfLength(ReadOnlySpan<string> groups, int length)
    {
        foreach (var g in groups)
        {
            if (g.Length != length)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsLength(ReadOnlySpan<string> groups, int length)
    {
        foreach (var g in groups)
        {
            if (g.Length == length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDate(string a, string b, string c)
    {
        if (a.Length == 4)
        {
            return IsYear(a) && b.Length <= 2 && c.Length <= 2 && IsMonth(b) && IsDay(c);
        }

        if (a.Length > 2 || b.Length > 2 || c.Length is not (2 or 4) || (c.Length == 4 && !IsYear(c)))
        {
            return false;
        }

        // Day-month or month-day order.
        return (IsDay(a) && IsMonth(b)) || (IsMonth(a) && IsDay(b));
    }

    private static bool IsClock(string hours, string minutes) =>
        hours.Length <= 2 && minutes.Length == 2 && int.Parse(hours) <= 24 && int.Parse(minutes) <= 59;

    private static bool IsYear(string s) => s.Length == 4 && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal));

    private static bool IsMonth(string s) => int.Parse(s) is >= 1 and <= 12;

    private static bool IsDay(string s) => int.Parse(s) is >= 1 and <= 31;

    private static bool All(ReadOnlySpan<string> separators, string value)
    {
        foreach (var s in separators)
        {
            if (s != value)
            {
                return false;
            }
        }

        return true;
    }
}
