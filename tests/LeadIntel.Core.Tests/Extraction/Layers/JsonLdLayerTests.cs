using LeadIntel.Core.Extraction;
using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Tests.Extraction.Layers;

public class JsonLdLayerTests
{
    private static List<PhoneHit> Find(string html) => new JsonLdLayer().Find(HtmlPage.Parse(html)).ToList();

    private static string Script(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void Reads_telephone_contact_points_and_nested_objects_but_not_fax()
    {
        var hits = Find(Script("""
            {"@context":"https://schema.org","@type":"Dentist","name":"Maple Leaf Dental","telephone":"+1-416-362-8820",
             "faxNumber":"+1-416-362-8829",
             "contactPoint":[{"@type":"ContactPoint","telephone":"+1-416-362-8821","contactType":"billing"}],
             "department":{"@type":"Dentist","name":"Kids","telephone":["416-362-8822","416-362-8823"]},
             "location":{"@type":"Place","address":{"addressCountry":"CA"},"telephone":"416-362-8824"}}
            """));
        Assert.Equal(["+1-416-362-8820", "+1-416-362-8821", "416-362-8822", "416-362-8823", "416-362-8824"], hits.Select(h => h.Raw));
        Assert.All(hits, h => Assert.Equal(0.90, h.Confidence));
        Assert.Equal("Dentist Maple Leaf Dental: telephone", hits[0].Context);
        Assert.Equal("Dentist Kids: telephone", hits[2].Context);
    }

    [Fact]
    public void Reads_graph_and_top_level_arrays_in_several_blocks()
    {
        var hits = Find(
            Script("""{"@graph":[{"@type":"WebSite"},{"@type":"Organization","telephone":"+44 20 7946 0958"}]}""")
            + Script("""[{"@type":"Store","telephone":"+49 30 12345678"}]"""));
        Assert.Equal(["+44 20 7946 0958", "+49 30 12345678"], hits.Select(h => h.Raw));
    }

    [Fact]
    public void The_address_country_is_the_region_hint()
    {
        var hits = Find(Script("""
            {"@type":"Organization","address":{"@type":"PostalAddress","addressCountry":"DE"},"telephone":"030 12345678",
             "subOrganization":{"@type":"Store","address":[{"addressCountry":{"@type":"Country","name":"GB"}}],"telephone":"020 7946 0958"}}
            """));
        Assert.Equal(["DE", "GB"], hits.Select(h => h.RegionHint));
    }

    [Fact]
    public void Splits_a_value_holding_two_numbers()
    {
        var hits = Find(Script("""{"@type":"Store","address":{"addressCountry":"CA"},"telephone":"416-362-8820 / 416-362-8821"}"""));
        Assert.Equal(["416-362-8820", "416-362-8821"], hits.Select(h => h.Raw));
        Assert.All(hits, h => Assert.Equal("CA", h.RegionHint));
    }

    [Fact]
    public void Skips_broken_json_quietly()
    {
        var hits = Find(Script("{\"telephone\": \"416-362-8820\",,, oops") + Script("""{"telephone":"416-362-8821"}"""));
        Assert.Equal(["416-362-8821"], hits.Select(h => h.Raw));
    }

    [Fact]
    public void Reads_microdata_and_rdfa()
    {
        var hits = Find("""
            <div itemscope itemtype="https://schema.org/LocalBusiness">
              <span itemprop="name">Acme</span> <span itemprop="telephone">(416) 362-8820</span>
              <meta itemprop="telephone" content="+1 416 362 8821">
              <span itemprop="faxNumber">(416) 362-8829</span>
              <div itemprop="address" itemscope><meta itemprop="addressCountry" content="CA"></div>
            </div>
            <div vocab="https://schema.org/" typeof="Organization"><span property="schema:telephone">+33 1 42 68 53 00</span></div>
            """);
        Assert.Equal(["(416) 362-8820", "+1 416 362 8821", "+33 1 42 68 53 00"], hits.Select(h => h.Raw));
        Assert.Equal("CA", hits[0].RegionHint);
    }
}
