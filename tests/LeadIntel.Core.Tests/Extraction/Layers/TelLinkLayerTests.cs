using LeadIntel.Core.Extraction;
using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Tests.Extraction.Layers;

public class TelLinkLayerTests
{
    [Theory]
    [InlineData("tel:+1-416-362-8820", "+1-416-362-8820")]
    [InlineData("TEL:%2B442079460958", "+442079460958")]
    [InlineData("sms:+14163628820?body=hi", "+14163628820")]
    [InlineData("https://wa.me/4915123456789", "+4915123456789")]
    [InlineData("https://api.whatsapp.com/send?phone=4915123456789&text=Hallo", "+4915123456789")]
    public void Reads_call_and_message_links(string href, string expected) => Assert.Equal(expected, TelLinkLayer.PhoneFromHref(href));

    [Theory]
    [InlineData("https://example.com/contact")]
    [InlineData("mailto:a@b.com")]
    [InlineData("https://wa.me/message/ABCDEF")]
    public void Ignores_other_links(string href) => Assert.Null(TelLinkLayer.PhoneFromHref(href));

    [Fact]
    public void Finds_every_tel_link_with_its_text_as_context()
    {
        var page = HtmlPage.Parse("<a href='tel:+14163628820'>Call  the\n desk</a><a href='/x'>no</a><a href='https://wa.me/14163628821'>WhatsApp</a>");
        var hits = new TelLinkLayer().Find(page).ToList();
        Assert.Equal(2, hits.Count);
        Assert.Equal("Call the desk", hits[0].Context);
        Assert.All(hits, h => Assert.Equal(0.95, h.Confidence));
    }
}
