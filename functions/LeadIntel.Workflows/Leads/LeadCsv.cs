using System.Globalization;
using System.Text;
using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// The campaign CSV: the leads JSON's columns with phones and emails flattened (E.164 numbers and
/// addresses joined by "; ", best first). RFC 4180 quoting; UTF-8 without BOM.
/// </summary>
public static class LeadCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "platform", "query", "name", "url", "website", "phones", "phone_confidences", "emails", "category",
        "address", "latitude", "longitude", "rating", "reviews_count", "kind", "found_at",
    ];

    public static byte[] Write(IEnumerable<Lead> leads)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var lead in leads)
        {
            // Text that came from pages is guarded against spreadsheet formulas; the numbers we format are not.
            (string? Value, bool FromPage)[] row =
            [
                (lead.Platform, false), (lead.Query, true), (lead.Name, true), (lead.Url, true), (lead.Website, true),
                (string.Join("; ", lead.Phones.Select(p => p.Extension is null ? p.E164 : $"{p.E164} ext. {p.Extension}")), false),
                (string.Join("; ", lead.Phones.Select(p => p.Confidence.ToString("0.####", CultureInfo.InvariantCulture))), false),
                (string.Join("; ", lead.Emails.Select(e => e.Address)), true),
                (lead.Category, true), (lead.Address, true),
                (lead.Latitude?.ToString(CultureInfo.InvariantCulture), false), (lead.Longitude?.ToString(CultureInfo.InvariantCulture), false),
                (lead.Rating?.ToString(CultureInfo.InvariantCulture), false), (lead.ReviewsCount?.ToString(CultureInfo.InvariantCulture), false),
                (lead.Kind, false), (lead.FoundAt.ToString("O", CultureInfo.InvariantCulture), false),
            ];
            text.AppendJoin(',', row.Select(cell => Quote(cell.Value, cell.FromPage))).Append("\r\n");
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Quote(string? value, bool fromPage)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A leading =, +, - or @ runs as a formula in a spreadsheet: prefix a quote (OWASP CSV injection).
        if (fromPage && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
