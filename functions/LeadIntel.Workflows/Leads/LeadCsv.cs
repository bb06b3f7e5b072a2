using System.Globalization;
using System.Text;
using System.Text.Json;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// The flat form of leads, shared by the campaign CSV, the exports (CSV and XLSX) and the archive: the
/// leads JSON's columns with phones and emails flattened (E.164 numbers and addresses joined by "; ", best
/// first), in a fixed order. CSV is RFC 4180 (quoted where needed, CRLF rows); text from pages that starts
/// with =, +, -, @, tab or CR gets a leading apostrophe so a spreadsheet does not run it as a formula.
/// </summary>
public static class LeadCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "platform", "query", "name", "url", "website", "phones", "phone_confidences", "emails", "category",
        "address", "latitude", "longitude", "rating", "reviews_count", "kind", "found_at",
    ];

    /// <summary>A whole CSV (header and rows) in memory, UTF-8 without BOM; for bounded lists such as one campaign.</summary>
    public static byte[] Write(IEnumerable<Lead> leads)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteHeader(text);
        foreach (var lead in leads)
        {
            WriteRow(text, lead);
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>
    /// The archive's columns: <see cref="Columns"/> for people, then <c>lead_json</c>, the lead exactly as the
    /// leads API returns it, so a restore gives back every field (evidence included) without loss.
    /// </summary>
    public static readonly IReadOnlyList<string> ArchiveColumns = [.. Columns, "lead_json"];

    public static void WriteHeader(TextWriter writer)
    {
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
    }

    public static void WriteRow(TextWriter writer, Lead lead)
    {
        WriteCells(writer, lead);
        writer.Write("\r\n");
    }

    public static void WriteArchiveHeader(TextWriter writer)
    {
        writer.Write(string.Join(',', ArchiveColumns));
        writer.Write("\r\n");
    }

    public static void WriteArchiveRow(TextWriter writer, Lead lead)
    {
        WriteCells(writer, lead);
        writer.Write(',');
        writer.Write(Quote(JsonSerializer.Serialize(lead, LeadIntelJson.Default.Lead), fromPage: false));
        writer.Write("\r\n");
    }

    /// <summary>The lead's cells in <see cref="Columns"/> order.</summary>
    public static LeadColumnValue[] Values(Lead lead) =>
    [
        new(lead.Platform, false), new(lead.Query, true), new(lead.Name, true), new(lead.Url, true), new(lead.Website, true),
        new(string.Join("; ", lead.Phones.Select(p => p.Extension is null ? p.E164 : $"{p.E164} ext. {p.Extension}")), false),
        new(string.Join("; ", lead.Phones.Select(p => p.Confidence.ToString("0.####", CultureInfo.InvariantCulture))), false),
        new(string.Join("; ", lead.Emails.Select(e => e.Address)), true),
        new(lead.Category, true), new(lead.Address, true),
        Number(lead.Latitude), Number(lead.Longitude), Number(lead.Rating), Number(lead.ReviewsCount),
        new(lead.Kind, false), new(lead.FoundAt.ToString("O", CultureInfo.InvariantCulture), false),
    ];

    private static void WriteCells(TextWriter writer, Lead lead)
    {
        var values = Values(lead);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(values[i].Text, values[i].FromPage));
        }
    }

    private static LeadColumnValue Number(double? value) => new(value?.ToString(CultureInfo.InvariantCulture), false, value);

    private static string Quote(string? value, bool fromPage)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // OWASP CSV injection: these leading characters make a spreadsheet evaluate the cell.
        if (fromPage && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
