using LeadIntel.Core.Evaluation;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Tests.Evaluation;

public class BodyTextTests
{
    [Fact]
    public void Skips_scripts_and_styles_and_breaks_after_blocks()
    {
        var page = HtmlPage.Parse("<html><head><title>T 555</title></head><body><style>.a{}</style><script>var n='0301234567';</script>" +
            "<ul><li>Tel</li><li>030 1234567</li></ul><p>a<span>b</span></p><template>0309999999</template></body></html>");
        var text = BodyText.Of(page.Document);
        Assert.DoesNotContain("0301234567", text);
        Assert.DoesNotContain("0309999999", text);
        Assert.DoesNotContain(".a{}", text);
        Assert.Contains("Tel\n030 1234567\n", text);
        Assert.Contains("ab\n", text);
    }

    [Fact]
    public void Keeps_hidden_text_because_the_baseline_is_naive()
    {
        var page = HtmlPage.Parse("<body><div hidden>old 030 1234567</div></body>");
        Assert.Contains("030 1234567", BodyText.Of(page.Document));
    }
}
