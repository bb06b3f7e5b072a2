using System.Runtime.CompilerServices;
using System.Text;

namespace LeadIntel.Workflows.Leads;

/// <summary>Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) from text, one record at a time.</summary>
public static class CsvRecordReader
{
    public static async IAsyncEnumerable<IReadOnlyList<string>> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new char[16 * 1024];
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var quoteInQuoted = false;
        var pendingCr = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (quoted)
                {
                    if (quoteInQuoted)
                    {
                        quoteInQuoted = false;
                        if (c == '"')
                        {
                            field.Append('"');
                            continue;
                        }

                        quoted = false;
                    }
                    else if (c == '"')
                    {
                        quoteInQuoted = true;
                        continue;
                    }
                    else
                    {
                        field.Append(c);
                        continue;
                    }
                }

                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        record.Add(field.ToString());
                        field.Clear();
                        yield return record;
                        record = [];
                        continue;
                    }

                    field.Append('\r');
                }

                switch (c)
                {
                    case '"' when field.Length == 0:
                        quoted = true;
                        break;
                    case ',':
                        record.Add(field.ToString());
                        field.Clear();
                        break;
                    case '\r':
                        pendingCr = true;
                        break;
                    default:
                        field.Append(c);
                        break;
                }
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
