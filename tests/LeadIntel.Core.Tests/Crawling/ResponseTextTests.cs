using System.Text;
using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class ResponseTextTests
{
    private static readonly byte[] Latin1Body = [.. Encoding.ASCII.GetBytes("<p>"), 0xDC, .. Encoding.ASCII.GetBytes("ber uns</p>")];

    [Fact]
    public void Header_charset_decides() => Assert.Equal("<p>Über uns</p>", ResponseText.Decode(Latin1Body, "ISO-8859-1"));

    [Fact]
    public void Meta_charset_decides_without_a_header()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("<meta charset=\"windows-1252\">"), .. Latin1Body];
        Assert.EndsWith("<p>Über uns</p>", ResponseText.Decode(body, null));
    }

    [Fact]
    public void Utf8_is_the_default_and_a_bom_wins()
    {
        Assert.Equal("Ü", ResponseText.Decode(Encoding.UTF8.GetBytes("Ü"), null));
        Assert.Equal("Ü", ResponseText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Ü")], "iso-8859-1"));
    }
}
