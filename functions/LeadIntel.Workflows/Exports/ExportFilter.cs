namespace LeadIntel.Workflows.Exports;

/// <summary>Which leads of a campaign an export keeps: platform and <c>found_at</c> within the UTC bounds.</summary>
public sealed record ExportFilter(string? Platform, DateTime? Start, DateTime? End)
{
    public bool IsEmpty => Platform is null && Start is null && End is null;

    public static ExportFilter For(ExportRequest request)
    {
        var (start, end) = request.UtcBounds();
        return new ExportFilter(request.Platform, start, end);
    }

    public bool Keeps(string platform, DateTime foundAtUtc) =>
        (Platform is null || string.Equals(platform, Platform, StringComparison.OrdinalIgnoreCase))
        && (Start is not { } s || foundAtUtc >= s)
        && (End is not { } e || foundAtUtc < e);
}
