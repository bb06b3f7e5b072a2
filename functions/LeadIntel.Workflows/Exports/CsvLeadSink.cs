using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;

namespace LeadIntel.Workflows.Exports;

/// <summary>Leads as RFC 4180 CSV in <see cref="LeadCsv"/>'s columns, optionally after a UTF-8 BOM.</summary>
public sealed class CsvLeadSink : ILeadSink
{
    private readonly Stream _output;
    private readonly bool _bom;
    private readonly Utf8TextBuffer _buffer;
    private bool _started;

    public CsvLeadSink(Stream output, bool bom)
    {
        _output = output;
        _bom = bom;
        _buffer = new Utf8TextBuffer(output);
    }

    public async Task WriteAsync(Lead lead, CancellationToken ct)
    {
        await StartAsync(ct);
        LeadCsv.WriteRow(_buffer.Writer, lead);
        await _buffer.FlushIfFullAsync(ct);
    }

    /// <summary>Appends the kept rows of a campaign's merged CSV as they are (see <see cref="CsvRowCopier"/>).</summary>
    public async Task<long> CopyRowsAsync(Stream campaignCsv, ExportFilter filter, CancellationToken ct)
    {
        await StartAsync(ct);
        await _buffer.FlushAsync(ct);
        return await CsvRowCopier.CopyAsync(campaignCsv, _output, filter, ct);
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await StartAsync(ct);
        await _buffer.FlushAsync(ct);
        await _output.FlushAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task StartAsync(CancellationToken ct)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (_bom)
        {
            await _output.WriteAsync(new byte[] { 0xEF, 0xBB, 0xBF }, ct);
        }

        LeadCsv.WriteHeader(_buffer.Writer);
    }
}
