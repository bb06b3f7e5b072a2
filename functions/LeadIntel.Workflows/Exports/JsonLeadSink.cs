using System.Buffers;
using System.Text.Json;
using LeadIntel.Core.Model;
using LeadIntel.Core.Serialization;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// Leads as the leads API writes them (<see cref="LeadIntelJson"/>), either one JSON array or one object per
/// line (NDJSON). Serialized into a buffer that goes to the stream every 64 KB.
/// </summary>
public sealed class JsonLeadSink : ILeadSink
{
    private const int Threshold = 64 * 1024;
    private readonly Stream _output;
    private readonly bool _array;
    private readonly ArrayBufferWriter<byte> _buffer = new(Threshold * 2);
    private readonly Utf8JsonWriter _json;
    private long _count;

    public JsonLeadSink(Stream output, bool array)
    {
        _output = output;
        _array = array;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public async Task WriteAsync(Lead lead, CancellationToken ct)
    {
        if (_array)
        {
            Raw(_count == 0 ? "["u8 : ","u8);
        }

        JsonSerializer.Serialize(_json, lead, LeadIntelJson.Default.Lead);
        _json.Flush();
        _json.Reset(_buffer);
        if (!_array)
        {
            Raw("\n"u8);
        }

        _count++;
        if (_buffer.WrittenCount >= Threshold)
        {
            await FlushAsync(ct);
        }
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        if (_array)
        {
            Raw(_count == 0 ? "[]"u8 : "]"u8);
        }

        await FlushAsync(ct);
        await _output.FlushAsync(ct);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void Raw(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    private async Task FlushAsync(CancellationToken ct)
    {
        await _output.WriteAsync(_buffer.WrittenMemory, ct);
        _buffer.ResetWrittenCount();
    }
}
