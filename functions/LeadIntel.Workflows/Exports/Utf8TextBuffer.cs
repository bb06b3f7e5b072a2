using System.Buffers;
using System.Globalization;
using System.Text;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// Text written synchronously into memory and sent to a stream as UTF-8 once a threshold is passed, so a
/// sink formats rows without an await per cell and the output never holds more than one chunk.
/// </summary>
public sealed class Utf8TextBuffer(Stream output, int threshold = Utf8TextBuffer.DefaultThreshold)
{
    public const int DefaultThreshold = 64 * 1024;

    private readonly StringBuilder _text = new(threshold + 4096);
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();

    public StringBuilder Text => _text;

    /// <summary>A writer over <see cref="Text"/>, for code that formats into a <see cref="TextWriter"/>.</summary>
    public TextWriter Writer => _writer ??= new StringWriter(_text, CultureInfo.InvariantCulture);

    private TextWriter? _writer;

    public ValueTask FlushIfFullAsync(CancellationToken ct) => _text.Length >= threshold ? new ValueTask(FlushAsync(ct)) : ValueTask.CompletedTask;

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_text.Length == 0)
        {
            return;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(_text.Length));
        try
        {
            var written = 0;
            foreach (var chunk in _text.GetChunks())
            {
                // One encoder across chunks: a surrogate pair split between chunks still encodes as one character.
                written += _encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
            }

            _text.Clear();
            await output.WriteAsync(bytes.AsMemory(0, written), ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
