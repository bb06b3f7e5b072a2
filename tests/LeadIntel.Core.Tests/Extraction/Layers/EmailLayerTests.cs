using LeadIntel.Core.Extraction;
using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Tests.Extraction.Layers;

public class EmailLayerTests
{
    [Fact]
    public void Json_ld_and_microdata_emails_lose_their_mailto_prefix()
    {
        var page = HtmlPage.Parse("""
            <script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"Acme","email":"mailto:Info@Acme.com",
              "contactPoint":{"@type":"ContactPoint","email":["sales@acme.com"]}}]}</script>
            <div itemscope><a itemprop="email" href="mailto:office@acme.com">Write to us</a><span itemprop="email">hr@acme.com</span></div>
            """);
        var hits = new JsonLdEmailLayer().Find(page).ToList();
        Assert.Equal(["Info@Acme.com", "sales@acme.com", "office@acme.com", "hr@acme.com"], hits.Select(h => h.Address));
        Assert.All(hits, h => Assert.Equal(0.90, h.Confidence));
    }

    [Fact]
    public void Visible_text_emails_come_with_context_and_skip_hidden_text()
    {
        var page = HtmlPage.Parse("<p>Questions? <b>help</b>@acme.com</p><p hidden>secret@acme.com</p><script>x='js@acme.com'</script>");
        var hit = Assert.Single(new VisibleTextEmailLayer().Find(page));
        Assert.Equal("help@acme.com", hit.Address);
        Assert.Equal(0.70, hit.Confidence);
        Assert.Equal("Questions? help@acme.com", hit.Context);
    }

    [Fact]
    public void Obfuscated_layer_reports_only_what_needed_undoing()
    {
        var page = HtmlPage.Parse("""
            <p>Sales: sales@acme.com</p><p>Jobs: jobs [at] acme [dot] com</p>
            <p>Office: &#111;&#102;&#102;&#105;&#99;&#101;&#64;&#97;&#99;&#109;&#101;&#46;&#99;&#111;&#109;</p>
            """);
        var hits = new ObfuscatedEmailLayer().Find(page).ToList();
        Assert.Equal(["jobs@acme.com", "office@acme.com"], hits.Select(h => h.Address));
        Assert.All(hits, h => Assert.Equal(0.60, h.Confidence));
        Assert.Contains("Jobs: jobs@acme.com", hits[0].Context, StringComparison.Ordinal);
    }
}
