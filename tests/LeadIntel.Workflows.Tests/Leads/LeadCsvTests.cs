using System.Text;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;

namespace LeadIntel.Workflows.Tests.Leads;

public class LeadCsvTests
{
    [Fact]
    public void Flattens_phones_and_quotes_fields_and_guards_formulas()
    {
        var lead = new Lead
        {
            Platform = "directory",
            Query = "dentists, Toronto",
            Name = "=HYPERLINK(\"x\")",
            Url = "https://d.example/1",
            Phones =
            [
                new Phone("+14165550100", "(416) 555-0100", "416", null, "fixed_line", "CA", false, 0.99, []),
                new Phone("+14165550101", "(416) 555-0101", "416", "12", "fixed_line", "CA", false, 0.7, []),
            ],
            Emails = [new Email("a@b.ca", 0.95, [])],
            Latitude = 43.65,
            FoundAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };

        var lines = Encoding.UTF8.GetString(LeadCsv.Write([lead])).Split("\r\n");

        Assert.Equal(string.Join(',', LeadCsv.Columns), lines[0]);
        Assert.Equal(
            "directory,\"dentists, Toronto\",\"'=HYPERLINK(\"\"x\"\")\",https://d.example/1,,+14165550100; +14165550101 ext. 12,0.99; 0.7,a@b.ca,,,43.65,,,,,2026-01-02T03:04:05.0000000+00:00",
            lines[1]);
        Assert.Equal("", lines[2]);
    }
}
