using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms.Directory;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Core.Tests.Platforms.Directory;

public class DirectoryDetailParserTests
{
    private static readonly DateTimeOffset FoundAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public void Reads_every_demo_business_correctly()
    {
        // The whole catalog, parsed with a US default region: page signals must route Berlin, Paris, London and
        // Sydney numbers to their own countries.
        foreach (var b in DemoDirectory.Businesses)
        {
            var lead = Parse(b);

            Assert.Equal(b.Name, lead.Name);
            Assert.Equal(b.Category.Singular, lead.Category);
            Assert.Equal(b.Address, lead.Address);
            Assert.Equal(b.Latitude, lead.Latitude);
            Assert.Equal(b.Longitude, lead.Longitude);
            Assert.Equal(b.Rating, lead.Rating);
            Assert.Equal(b.ReviewCount, lead.ReviewsCount);
            Assert.Equal(b.HasWebsite ? $"http://demo.test/demo/directory/sites/{b.Slug}/" : null, lead.Website);
            var expectedPhones = b.PhoneStyle == PhoneStyle.Image ? [] : new[] { b.Phone.E164 };
            Assert.Equal(expectedPhones, lead.Phones.Select(p => p.E164));
            Assert.Equal(b.EmailOnDirectory ? [b.Email!] : Array.Empty<string>(), lead.Emails.Select(e => e.Address));
        }
    }

    [Fact]
    public void Carries_the_caller_facts()
    {
        var b = DemoDirectory.Businesses[0];

        var lead = Parse(b);

        Assert.Equal("directory", lead.Platform);
        Assert.Equal("dentists in Toronto", lead.Query);
        Assert.Equal(DemoDirectory.DetailUrl(b).ToString(), lead.Url);
        Assert.Equal(FoundAt, lead.FoundAt);
        Assert.Equal("business", lead.Kind);
        Assert.Equal(b.Description, lead.Description);
    }

    [Theory]
    [InlineData(PhoneStyle.TelLink, ExtractionLayers.TelLink)]
    [InlineData(PhoneStyle.SplitText, ExtractionLayers.VisibleText)]
    [InlineData(PhoneStyle.JsonLdOnly, ExtractionLayers.JsonLd)]
    public void Each_phone_style_is_read_by_its_layer(PhoneStyle style, string layer)
    {
        foreach (var b in DemoDirectory.Businesses.Where(x => x.PhoneStyle == style))
        {
            var phone = Assert.Single(Parse(b).Phones);

            Assert.Equal(b.Phone.E164, phone.E164);
            Assert.Equal(b.Phone.Fictional, phone.Fictional);
            Assert.Equal(b.City.CountryCode, phone.Region);
            Assert.Contains(phone.Evidence, e => e.Layer == layer);
        }
    }

    [Fact]
    public void A_tel_link_also_published_in_json_ld_is_one_phone_with_every_layer()
    {
        var b = DemoDirectory.Businesses.First(x => x.PhoneStyle == PhoneStyle.TelLink && x.HasJsonLd);

        var phone = Assert.Single(Parse(b).Phones);

        // The link shows the number as its text, so the visible-text layer sees it too.
        Assert.Equal([ExtractionLayers.TelLink, ExtractionLayers.JsonLd, ExtractionLayers.VisibleText], phone.Evidence.Select(e => e.Layer));
        Assert.True(phone.Confidence > ExtractionLayers.DefaultConfidence(ExtractionLayers.TelLink));
    }

    [Fact]
    public void Ignores_numbers_outside_the_listing()
    {
        // The sidebar shows other businesses' numbers and the listing ID; the footer the directory's ad line.
        var b = DemoDirectory.Businesses.First(x => x.PhoneStyle == PhoneStyle.SplitText);
        var html = DemoDirectory.Detail(b);
        Assert.Contains("1-800-555-0199", html, StringComparison.Ordinal);
        Assert.Contains("People also viewed", html, StringComparison.Ordinal);

        var lead = Parse(b);

        Assert.Equal([b.Phone.E164], lead.Phones.Select(p => p.E164));
    }

    [Fact]
    public void Coordinates_come_from_json_ld_or_the_map_attributes()
    {
        var fromJsonLd = DemoDirectory.Businesses.First(x => x.GeoInJsonLd);
        var fromMap = DemoDirectory.Businesses.First(x => !x.HasJsonLd);
        Assert.DoesNotContain("data-lat", DemoDirectory.Detail(fromJsonLd), StringComparison.Ordinal);

        Assert.Equal((fromJsonLd.Latitude, fromJsonLd.Longitude), (Parse(fromJsonLd).Latitude!.Value, Parse(fromJsonLd).Longitude!.Value));
        Assert.Equal((fromMap.Latitude, fromMap.Longitude), (Parse(fromMap).Latitude!.Value, Parse(fromMap).Longitude!.Value));
    }

    [Fact]
    public void Hours_come_from_json_ld_or_the_table()
    {
        var withJsonLd = DemoDirectory.Businesses.First(x => x.HasJsonLd);
        var withoutJsonLd = DemoDirectory.Businesses.First(x => !x.HasJsonLd && x.City.CountryCode == "US");

        Assert.Equal(withJsonLd.HoursText, Parse(withJsonLd).Hours);
        Assert.StartsWith("Mon", Parse(withoutJsonLd).Hours, StringComparison.Ordinal);
        Assert.Contains(" AM – ", Parse(withoutJsonLd).Hours, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_page_without_the_directory_layout_from_json_ld()
    {
        const string html = """
            <html lang="fr"><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","url":"https://annuaire.test/"},
              {"@type":"Plumber","name":"Plomberie Durand","telephone":["01 42 68 53 00"],"url":"https://plomberie-durand.test/",
               "address":{"@type":"PostalAddress","streetAddress":"8 rue Oberkampf","addressLocality":"Paris","postalCode":"75011","addressCountry":{"@type":"Country","name":"FR"}},
               "geo":{"latitude":"48.8649","longitude":"2.3700"},"aggregateRating":{"ratingValue":"4.5","ratingCount":"31"},"openingHours":"Mo-Fr 08:00-18:00"}
            ]}
            </script></head><body><p>Appelez-nous !</p></body></html>
            """;

        var lead = DirectoryDetailParser.Parse(html, new Uri("https://annuaire.test/p/42"), "plombier paris", "US", FoundAt);

        Assert.Equal("Plomberie Durand", lead.Name);
        Assert.Equal("+33142685300", Assert.Single(lead.Phones).E164);
        Assert.Equal("8 rue Oberkampf, Paris, 75011", lead.Address);
        Assert.Equal("https://plomberie-durand.test/", lead.Website);
        Assert.Equal((48.8649, 2.37, 4.5, 31), (lead.Latitude!.Value, lead.Longitude!.Value, lead.Rating!.Value, lead.ReviewsCount!.Value));
        Assert.Equal("Mo-Fr 08:00-18:00", lead.Hours);
        Assert.Equal("Plumber", lead.Category);
    }

    [Fact]
    public void Broken_json_ld_falls_back_to_the_html()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"name": "Broken", </script></head><body>
            <article class="biz-detail"><h1>Acme Electric</h1><div class="biz-phone">(212) <span>555</span>-0147</div>
            <div class="map" data-lat="40.71" data-lng="-74.01"></div></article></body></html>
            """;

        var lead = DirectoryDetailParser.Parse(html, new Uri("http://dir.test/biz/acme"), "electricians", "US", FoundAt);

        Assert.Equal("Acme Electric", lead.Name);
        Assert.Equal("+12125550147", Assert.Single(lead.Phones).E164);
        Assert.Equal((40.71, -74.01), (lead.Latitude!.Value, lead.Longitude!.Value));
    }

    private static Lead Parse(Business b) =>
        DirectoryDetailParser.Parse(DemoDirectory.Detail(b), DemoDirectory.DetailUrl(b), "dentists in Toronto", "US", FoundAt);
}
