using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;

namespace LeadIntel.Workflows.Tests.Leads;

public class LeadDeduplicatorTests
{
    private static Phone PhoneOf(string e164, string layer, double confidence, bool fictional = false) =>
        new(e164, e164, e164, null, "fixed_line", "CA", fictional, confidence, [new PhoneEvidence(layer, confidence, "ctx")]);

    private static Lead LeadOf(string platform, string name, string? website = null, string? address = null, params Phone[] phones) => new()
    {
        Platform = platform, Query = "q", Name = name, Url = $"https://{platform}.example/{name}", Website = website, Address = address, Phones = phones,
    };

    [Fact]
    public void Same_phone_across_platforms_merges_and_fuses_evidence()
    {
        var leads = new[]
        {
            LeadOf("directory", "Acme Dental", phones: PhoneOf("+14165550100", "tel_link", 0.95)),
            LeadOf("website", "acme.ca", phones: PhoneOf("+14165550100", "json_ld", 0.90)),
        };

        var result = LeadDeduplicator.Dedupe(leads);

        var lead = Assert.Single(result.Leads);
        Assert.Equal(1, result.Duplicates);
        Assert.Equal("Acme Dental", lead.Name);
        var phone = Assert.Single(lead.Phones);
        Assert.Equal(2, phone.Evidence.Count);
        Assert.Equal(0.99, phone.Confidence);
    }

    [Fact]
    public void Website_domain_ignores_www_and_scheme_and_path()
    {
        var result = LeadDeduplicator.Dedupe([
            LeadOf("directory", "A", website: "https://www.acme.ca/"),
            LeadOf("website", "B", website: "http://acme.ca/contact"),
            LeadOf("website", "C", website: "https://other.ca")]);

        Assert.Equal(["A", "C"], result.Leads.Select(l => l.Name));
    }

    [Fact]
    public void Name_and_address_match_after_normalization_but_name_alone_does_not()
    {
        var result = LeadDeduplicator.Dedupe([
            LeadOf("directory", "Café Olé", address: "12 King St. W, Toronto"),
            LeadOf("google_maps", "CAFE OLE", address: "12 king st w toronto"),
            LeadOf("google_maps", "Cafe Ole", address: "99 Queen St, Toronto")]);

        Assert.Equal(2, result.Leads.Count);
        Assert.Equal(1, result.Duplicates);
    }

    [Fact]
    public void Sameness_is_transitive()
    {
        var result = LeadDeduplicator.Dedupe([
            LeadOf("directory", "A", website: "https://a.ca"),
            LeadOf("website", "B", phones: PhoneOf("+14165550100", "tel_link", 0.95)),
            LeadOf("google_maps", "C", website: "https://a.ca", phones: PhoneOf("+14165550100", "visible_text", 0.7))]);

        Assert.Single(result.Leads);
        Assert.Equal(2, result.Duplicates);
    }

    [Fact]
    public void Fictional_numbers_do_not_merge_businesses()
    {
        var result = LeadDeduplicator.Dedupe([
            LeadOf("directory", "A", phones: PhoneOf("+14165550123", "tel_link", 0.95, fictional: true)),
            LeadOf("directory", "B", phones: PhoneOf("+14165550123", "tel_link", 0.95, fictional: true))]);

        Assert.Equal(2, result.Leads.Count);
    }

    [Fact]
    public void Loopback_sites_on_one_host_stay_apart()
    {
        var result = LeadDeduplicator.Dedupe([
            LeadOf("website", "A", website: "http://127.0.0.1:5000/sites/a/"),
            LeadOf("website", "B", website: "http://127.0.0.1:5000/sites/b/")]);

        Assert.Equal(2, result.Leads.Count);
    }
}
