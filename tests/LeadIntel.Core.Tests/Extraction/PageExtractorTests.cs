using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Tests.Extraction;

public class PageExtractorTests
{
    private const string Page = """
        <html lang="en-CA"><head>
        <script type="application/ld+json">{"@type":"Dentist","name":"Maple Leaf Dental","telephone":"+1 416-362-8820",
          "address":{"@type":"PostalAddress","addressCountry":"CA"},"email":"hello@mapleleafdental.ca"}</script>
        </head><body>
        <header><a href="tel:+14163628820">Call <span>416</span>&nbsp;<span>362</span>-<span>8820</span></a></header>
        <footer>Billing: 416-362-8821 · Fax: 416-362-8829 · hello [at] mapleleafdental [dot] ca · Open 9:00–17:30 · Posted 2024-11-15</footer>
        </body></html>
        """;

    [Fact]
    public void A_number_seen_by_three_layers_fuses_above_one_seen_only_in_text()
    {
        var result = PageExtractor.CreateDefault().Extract(Page, new Uri("https://mapleleafdental.ca/"));

        Assert.Equal(["+14163628820", "+14163628821"], result.Phones.Select(p => p.E164));
        var main = result.Phones[0];
        Assert.Equal([ExtractionLayers.TelLink, ExtractionLayers.JsonLd, ExtractionLayers.VisibleText], main.Evidence.Select(e => e.Layer));
        Assert.Equal(0.99, main.Confidence); // noisy-OR of .95, .90, .70 is .9985, capped
        Assert.Equal(0.70, result.Phones[1].Confidence);
        Assert.True(main.Confidence > result.Phones[1].Confidence);
    }

    [Fact]
    public void An_email_seen_as_json_ld_and_obfuscated_text_is_one_email()
    {
        var result = PageExtractor.CreateDefault().Extract(Page);
        var email = Assert.Single(result.Emails);
        Assert.Equal("hello@mapleleafdental.ca", email.Address);
        Assert.Equal([ExtractionLayers.JsonLd, ExtractionLayers.Obfuscated], email.Evidence.Select(e => e.Layer));
        Assert.Equal(0.96, email.Confidence);
    }

    [Fact]
    public void Fictional_numbers_in_text_are_reported_and_flagged()
    {
        var phone = Assert.Single(PageExtractor.CreateDefault().Extract("<p>Call (212) 555-0147</p>").Phones);
        Assert.Equal("+12125550147", phone.E164);
        Assert.True(phone.Fictional);
    }
}
