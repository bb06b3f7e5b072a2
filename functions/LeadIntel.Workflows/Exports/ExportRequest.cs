using LeadIntel.Core.Analytics;

namespace LeadIntel.Workflows.Exports;

/// <summary>Which leads to export and how.</summary>
/// <param name="From">First local date of <c>found_at</c> to include, or null for no lower bound.</param>
/// <param name="To">Last local date to include, or null for no upper bound.</param>
/// <param name="Bom">Start a CSV with the UTF-8 byte-order mark, for spreadsheet programs that need it.</param>
public sealed record ExportRequest(
    string User,
    ExportFormat Format,
    DateOnly? From = null,
    DateOnly? To = null,
    TimeZoneInfo? Zone = null,
    string? Campaign = null,
    string? Platform = null,
    bool Bom = false)
{
    /// <summary>The UTC instants [start, end) the dates bound, either side open when its date is absent.</summary>
    public (DateTime? Start, DateTime? End) UtcBounds()
    {
        var zone = Zone ?? TimeZoneInfo.Utc;
        return (From is { } from ? LocalDays.StartUtc(from, zone) : null, To is { } to ? LocalDays.StartUtc(to.AddDays(1), zone) : null);
    }

    public string ContentType => Format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.JsonArray => "application/json; charset=utf-8",
        ExportFormat.Ndjson => "application/x-ndjson; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>A download name that says what is in it, e.g. <c>leads-2026-01-01_2026-01-31-directory.csv</c>.</summary>
    public string FileName()
    {
        var range = From is null && To is null ? "all" : $"{From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "start"}_{To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "now"}";
        var scope = string.Concat(Campaign is null ? "" : $"-{Campaign}", Platform is null ? "" : $"-{Platform}");
        var extension = Format switch { ExportFormat.Csv => "csv", ExportFormat.JsonArray => "json", ExportFormat.Ndjson => "ndjson", _ => "xlsx" };
        return $"leads-{range}{scope}.{extension}";
    }
}
