namespace LeadIntel.Cli.Exports;

/// <summary>
/// Counts the records of an export as its bytes go by: CSV rows (line breaks outside quotes, less the
/// header) or NDJSON lines. Other formats have no cheap record boundary and count nothing.
/// </summary>
public sealed class RecordCounter(string format)
{
    private readonly bool _csv = format == "csv";
    private readonly bool _lines = format == "ndjson";
    private bool _quoted;
    private long _breaks;

    public bool Counts => _csv || _lines;

    public long Records => _csv ? Math.Max(0, _breaks - 1) : _breaks;

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (_lines)
        {
            _breaks += bytes.Count((byte)'\n');
            return;
        }

        if (!_csv)
        {
            return;
        }

        foreach (var b in bytes)
        {
            // A doubled quote inside a quoted field toggles twice, which leaves the state right.
            if (b == '"')
            {
                _quoted = !_quoted;
            }
            else if (b == '\n' && !_quoted)
            {
                _breaks++;
            }
        }
    }
}
