using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Tests.Extraction;

public class VisibleTextReaderTests
{
    private static string Read(string body) => HtmlPage.Parse($"<html><head><title>T 416</title></head><body>{body}</body></html>").VisibleText;

    [Fact]
    public void Joins_inline_elements_without_spaces() =>
        Assert.Equal("Call 416 362-8820", Read("Call <span>416</span>&nbsp;<span>362</span>-<b>8820</b>"));

    [Fact]
    public void Separates_blocks_with_newlines_and_cells_with_tabs() =>
        Assert.Equal("Head\nPhone\t416-362-8820\nFax\t416-362-8821\nEnd", Read(
            "<h1>Head</h1><table><tr><td>Phone</td><td>416-362-8820</td></tr><tr><th>Fax</th><td>416-362-8821</td></tr></table><p>End</p>"));

    [Fact]
    public void Collapses_whitespace_like_a_browser() =>
        Assert.Equal("a b\nc", Read("  a \n\t  b  <br>  c  "));

    [Fact]
    public void Folds_characters() =>
        Assert.Equal("03-1234-5678 416 362 8820", Read("０３－１２３４－５６７８ 4\u200B16&thinsp;362&#x202F;8820"));

    [Theory]
    [InlineData("<script>var tel='416-362-8820'</script>")]
    [InlineData("<style>.a{content:'416'}</style>")]
    [InlineData("<template><p>416-362-8820</p></template>")]
    [InlineData("<noscript>416-362-8820</noscript>")]
    [InlineData("<!-- 416-362-8820 -->")]
    [InlineData("<p hidden>416-362-8820</p>")]
    [InlineData("<p aria-hidden=\"true\">416-362-8820</p>")]
    [InlineData("<p style=\"display: none\">416-362-8820</p>")]
    [InlineData("<p style=\"color:red;VISIBILITY:hidden\">416-362-8820</p>")]
    [InlineData("<input type=\"hidden\" value=\"416-362-8820\">")]
    [InlineData("<div hidden><p><span>416-362-8820</span></p></div>")]
    public void Leaves_out_what_nobody_sees(string hidden) => Assert.Equal("Before\nAfter", Read($"<p>Before</p>{hidden}<p>After</p>"));

    [Fact]
    public void The_head_is_not_read() => Assert.DoesNotContain("416", Read("x"));

    [Fact]
    public void Survives_deep_nesting()
    {
        // Built through the DOM: the parser itself caps nesting, scripts building a page do not.
        var page = HtmlPage.Parse("<div id=root></div>");
        var node = page.Document.GetElementById("root")!;
        for (var i = 0; i < 10_000; i++)
        {
            node = (AngleSharp.Dom.IElement)node.AppendChild(page.Document.CreateElement("span"));
        }

        node.TextContent = "416-362-8820";
        Assert.Equal("416-362-8820", VisibleTextReader.Read(page.Document));
    }
}
