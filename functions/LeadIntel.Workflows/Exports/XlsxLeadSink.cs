using System.Globalization;
using System.IO.Compression;
using System.Text;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// Leads as an Excel workbook written as it goes: the sheet XML streams into a ZIP entry (inline strings, no
/// shared-string table to hold), and the workbook parts that list the sheets come last, once their number is
/// known. A sheet holds at most 1,048,576 rows, Excel's limit; more leads continue on the next sheet.
/// </summary>
public sealed class XlsxLeadSink : ILeadSink
{
    public const int MaxRowsPerSheet = 1_048_576;
    private static readonly string[] ColumnNames = LeadCsv.Columns.Select((_, i) => ((char)('A' + i)).ToString()).ToArray();

    private readonly ZipArchive _zip;
    private readonly WriteSpool _spool;
    private readonly Stream _output;
    private Stream? _sheet;
    private Utf8TextBuffer? _buffer;
    private int _sheets;
    private int _row;

    private XlsxLeadSink(ZipArchive zip, WriteSpool spool, Stream output)
    {
        _zip = zip;
        _spool = spool;
        _output = output;
    }

    public static async Task<XlsxLeadSink> CreateAsync(Stream output, CancellationToken ct)
    {
        var spool = new WriteSpool(output);
        var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        var sink = new XlsxLeadSink(zip, spool, output);
        await sink.OpenSheetAsync(ct);
        return sink;
    }

    public async Task WriteAsync(Lead lead, CancellationToken ct)
    {
        if (_row == MaxRowsPerSheet)
        {
            await CloseSheetAsync(ct);
            await OpenSheetAsync(ct);
        }

        WriteRow(LeadCsv.Values(lead));
        if (_buffer!.Text.Length >= Utf8TextBuffer.DefaultThreshold)
        {
            await _buffer.FlushAsync(ct);
            await _spool.DrainAsync(ct);
        }
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await CloseSheetAsync(ct);
        await WritePartAsync("[Content_Types].xml", ContentTypes(), ct);
        await WritePartAsync("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""", ct);
        await WritePartAsync("xl/workbook.xml", Workbook(), ct);
        await WritePartAsync("xl/_rels/workbook.xml.rels", WorkbookRelationships(), ct);
        await _zip.DisposeAsync();
        await _spool.DrainAsync(ct);
        await _output.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sheet is not null)
        {
            await _sheet.DisposeAsync();
        }

        await _zip.DisposeAsync();
    }

    private async Task OpenSheetAsync(CancellationToken ct)
    {
        _sheets++;
        _row = 0;
        _sheet = await _zip.CreateEntry($"xl/worksheets/sheet{_sheets}.xml", CompressionLevel.Fastest).OpenAsync(ct);
        _buffer = new Utf8TextBuffer(_sheet);
        _buffer.Text.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        WriteRow(LeadCsv.Columns.Select(c => new LeadColumnValue(c, false)).ToArray());
    }

    private async Task CloseSheetAsync(CancellationToken ct)
    {
        _buffer!.Text.Append("</sheetData></worksheet>");
        await _buffer.FlushAsync(ct);
        await _sheet!.DisposeAsync();
        _sheet = null;
        await _spool.DrainAsync(ct);
    }

    private void WriteRow(LeadColumnValue[] values)
    {
        _row++;
        var text = _buffer!.Text;
        var row = _row.ToString(CultureInfo.InvariantCulture);
        text.Append("<row r=\"").Append(row).Append("\">");
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value.Number is { } number)
            {
                text.Append("<c r=\"").Append(ColumnNames[i]).Append(row).Append("\"><v>").Append(number.ToString("R", CultureInfo.InvariantCulture)).Append("</v></c>");
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                // An inline string is never evaluated as a formula: no guard is needed, the text stays exact.
                text.Append("<c r=\"").Append(ColumnNames[i]).Append(row).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                AppendEscaped(text, value.Text);
                text.Append("</t></is></c>");
            }
        }

        text.Append("</row>");
    }

    /// <summary>XML-escapes text; characters XML 1.0 cannot carry are written as Excel's <c>_xHHHH_</c> escapes.</summary>
    private static void AppendEscaped(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '\t' or '\n': text.Append(c); break;
                // A literal CR would be read back as LF (XML line-end normalization); a reference keeps it.
                case '\r': text.Append("&#xD;"); break;
                case < ' ' or '\uFFFE' or '\uFFFF': text.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_'); break;
                default: text.Append(c); break;
            }
        }
    }

    private async Task WritePartAsync(string name, string xml, CancellationToken ct)
    {
        var part = await _zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await part.WriteAsync(Encoding.UTF8.GetBytes(xml), ct);
        await part.DisposeAsync();
        await _spool.DrainAsync(ct);
    }

    private string ContentTypes() =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
        + string.Concat(Enumerable.Range(1, _sheets).Select(i => $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))
        + "</Types>";

    private string Workbook() =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"""
        + string.Concat(Enumerable.Range(1, _sheets).Select(i => $"""<sheet name="{(i == 1 ? "leads" : $"leads {i}")}" sheetId="{i}" r:id="rId{i}"/>"""))
        + "</sheets></workbook>";

    private string WorkbookRelationships() =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(Enumerable.Range(1, _sheets).Select(i => $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"""))
        + "</Relationships>";
}
