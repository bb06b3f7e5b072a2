using LeadIntel.Core.Extraction;
using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Tests.Extraction.Layers;

public class VisibleTextLayerTests
{
    private static List<PhoneHit> Find(string html, string region = "US") => new VisibleTextLayer().Find(HtmlPage.Parse(html, defaultRegion: region)).ToList();

    [Fact]
    public void Reads_a_number_split_over_inline_elements()
    {
        var hit = Assert.Single(Find("<p>Call <span>416</span>&nbsp;<span>362</span>-<span>8820</span> today</p>", "CA"));
        Assert.Equal("416 362-8820", hit.Raw);
        Assert.Equal(0.70, hit.Confidence);
        Assert.Equal("Call 416 362-8820 today", hit.Context);
    }

    [Fact]
    public void Ignores_hidden_and_script_numbers()
    {
        var hits = Find("""
            <p>Main 416-362-8820</p><p style="display:none">416-362-8821</p><span aria-hidden="true">416-362-8822</span>
            <script>call('416-362-8823')</script><input type="hidden" value="416-362-8824"><!-- 416-362-8825 -->
            """, "CA");
        Assert.Equal(["416-362-8820"], hits.Select(h => h.Raw));
    }

    [Fact]
    public void Keeps_extensions_apart_and_skips_fax_cells()
    {
        var hits = Find("<table><tr><td>Phone</td><td>416-362-8820 ext. 12</td></tr><tr><td>Fax</td><td>416-362-8821</td></tr></table>", "CA");
        var hit = Assert.Single(hits);
        Assert.Equal("416-362-8820", hit.Raw);
        Assert.Equal("12", hit.Extension);
    }

    [Fact]
    public void Context_is_about_forty_characters_each_side()
    {
        var filler = new string('a', 80);
        var hit = Assert.Single(Find($"<p>{filler} call 416-362-8820 now {filler}</p>", "CA"));
        Assert.Equal(40 + "416-362-8820".Length + 40, hit.Context.Length);
    }

    [Theory]
    [InlineData("<footer><p>Maple Leaf Dental · 100 King St W, Toronto, ON M5X 1A9 · Tel. (416) 362-8820</p></footer>", "CA", "(416) 362-8820")]
    [InlineData("<address>221B Baker St, London NW1 6XE<br>Telephone: 020 7946 0958</address>", "GB", "020 7946 0958")]
    [InlineData("<div class=impressum>Musterstraße 1, 10115 Berlin<br>Tel.: +49 (0)30 1234567<br>Fax: +49 (0)30 1234568<br>USt-IdNr.: DE123456789</div>", "DE", "+49 (0)30 1234567")]
    [InlineData("<p>12 rue de Rivoli, 75004 Paris — Tél : 01 42 68 53 00</p>", "FR", "01 42 68 53 00")]
    [InlineData("<p>Level 3, 1 Martin Pl, Sydney NSW 2000 | Ph (02) 9876 5432 | ABN 51 824 753 556</p>", "AU", "(02) 9876 5432")]
    [InlineData("<p>MG Road, Bengaluru 560001. Call +91 98765 43210 (Mon–Sat 10:00–19:00)</p>", "IN", "+91 98765 43210")]
    [InlineData("<p>Av. Paulista, 1000 – São Paulo – SP, 01310-100 · WhatsApp (11) 98765-4321</p>", "BR", "(11) 98765-4321")]
    [InlineData("<p>〒100-0005 東京都千代田区丸の内1-1-1 電話：03-1234-5678（平日9:00～18:00）</p>", "JP", "03-1234-5678")]
    [InlineData("<p>Posted 2024-11-15 · Order #12345678 · 1600 Amphitheatre Pkwy, CA 94043 · (650) 253-0000</p>", "US", "(650) 253-0000")]
    public void Reads_realistic_snippets(string html, string region, string raw) =>
        Assert.Equal([raw], Find(html, region).Select(h => h.Raw));
}
