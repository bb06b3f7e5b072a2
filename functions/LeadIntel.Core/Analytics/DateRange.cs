namespace LeadIntel.Core.Analytics;

/// <summary>An inclusive range of calendar dates (in whatever time zone the caller declared).</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>Number of days in the range, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The part of this range inside <paramref name="other"/>, or null when they do not meet.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return from <= to ? new DateRange(from, to) : null;
    }

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
