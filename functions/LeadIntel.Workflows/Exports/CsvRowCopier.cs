using System.Buffers;
using System.Globalization;
using System.Text;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// Copies the rows of a campaign's merged CSV (written by the same <see cref="Leads.LeadCsv"/>) to an export
/// without parsing the leads again: records are split on line ends outside quotes, the header is dropped,
/// and a filter reads only the first column (platform) and the last (<c>found_at</c>, ISO 8601).
/// </summary>
public static class CsvRowCopier
{
    private const int Chunk = 128 * 1024;

    /// <summary>Rows copied.</summary>
    public static async Task<long> CopyAsync(Stream campaignCsv, Stream output, ExportFilter filter, CancellationToken ct)
    {
        var input = ArrayPool<byte>.Shared.Rent(Chunk);
        var record = new ArrayBufferWriter<byte>(4096);
        var pending = new ArrayBufferWriter<byte>(Chunk * 2);
        var quoted = false;
        var header = true;
        long rows = 0;
        try
        {
            int read;
            while ((read = await campaignCsv.ReadAsync(input.AsMemory(0, Chunk), ct)) > 0)
            {
                var span = input.AsSpan(0, read);
                var start = 0;
                for (var i = 0; i < span.Length;)
                {
                    var next = span[i..].IndexOfAny((byte)'"', (byte)'\n');
                    if (next < 0)
                    {
                        break;
                    }

                    i += next;
                    if (span[i] == '"')
                    {
                        quoted = !quoted;
                    }
                    else if (!quoted)
                    {
                        record.Write(span[start..(i + 1)]);
                        start = i + 1;
                        if (!header && (filter.IsEmpty || Keeps(record.WrittenSpan, filter)))
                        {
                            pending.Write(record.WrittenSpan);
                            rows++;
                        }

                        header = false;
                        record.ResetWrittenCount();
                    }

                    i++;
                }

                record.Write(span[start..]);
                if (pending.WrittenCount >= Chunk)
                {
                    await output.WriteAsync(pending.WrittenMemory, ct);
                    pending.ResetWrittenCount();
                }
            }

            await output.WriteAsync(pending.WrittenMemory, ct);
            return rows;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    private static bool Keeps(ReadOnlySpan<byte> row, ExportFilter filter)
    {
        var platform = Encoding.UTF8.GetString(row[..row.IndexOf((byte)',')]);
        var body = row.TrimEnd("\r\n"u8);
        var foundAt = DateTimeOffset.ParseExact(Encoding.UTF8.GetString(body[(body.LastIndexOf((byte)',') + 1)..]), "O", CultureInfo.InvariantCulture);
        return filter.Keeps(platform, foundAt.UtcDateTime);
    }
}
