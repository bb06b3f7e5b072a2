using System.Text;
using LeadIntel.Cli.Exports;

namespace LeadIntel.Cli.Tests.Exports;

public class RecordCounterTests
{
    [Fact]
    public void Counts_csv_rows_not_line_breaks_inside_quotes_even_split_across_reads()
    {
        var csv = Encoding.UTF8.GetBytes("name,address\r\n\"A\",\"1 Main\r\nSuite \"\"2\"\"\"\r\nB,x\r\n");
        var counter = new RecordCounter("csv");

        for (var i = 0; i < csv.Length; i += 5)
        {
            counter.Add(csv.AsSpan(i, Math.Min(5, csv.Length - i)));
        }

        Assert.True(counter.Counts);
        Assert.Equal(2, counter.Records);
    }

    [Fact]
    public void Counts_ndjson_lines_and_nothing_for_formats_without_record_ends()
    {
        var ndjson = new RecordCounter("ndjson");
        ndjson.Add("{\"a\":\"x\\ny\"}\n{}\n"u8);
        var xlsx = new RecordCounter("xlsx");
        xlsx.Add("PK\n\n\n"u8);

        Assert.Equal(2, ndjson.Records);
        Assert.False(xlsx.Counts);
        Assert.Equal(0, xlsx.Records);
    }
}
