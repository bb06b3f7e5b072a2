using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Search;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Hosting;

/// <summary>A campaign on the bundled demo directory: listings, detail pages, and the businesses' own websites.</summary>
[Collection(StackCollection.Name)]
public class DirectoryCampaignTests(StackFixture fixture)
{
    [Fact]
    public async Task Dentists_in_Toronto_come_back_with_the_directorys_true_phone_numbers()
    {
        using var api = fixture.NewClient();
        var expected = new DirectorySearch(BusinessCatalog.Default).Search("dentists in Toronto", 1, 8).Items;

        var id = await api.StartAsync("""{"queries": ["dentists in Toronto"], "platforms": ["directory"], "max_results": 8, "region": "CA"}""");
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, TimeSpan.FromSeconds(120));

        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
        Assert.Equal(expected.Count, campaign["progress"]!["found"]!.GetValue<int>());
        var leads = await api.LeadsJsonAsync(id);
        Assert.Equal(expected.Count, leads.Count + campaign["duplicates"]!.GetValue<int>());

        var layersSeen = new HashSet<string>();
        foreach (var lead in leads)
        {
            var business = expected.Single(b => b.Name == lead!["name"]!.GetValue<string>());
            Assert.Equal("directory", lead!["platform"]!.GetValue<string>());
            Assert.Equal("dentists in Toronto", lead["query"]!.GetValue<string>());
            Assert.Equal(business.Address, lead["address"]!.GetValue<string>());
            var phones = lead["phones"]!.AsArray();
            if (business.PhoneStyle != PhoneStyle.Image || business.HasWebsite)
            {
                var main = phones.Single(p => p!["e164"]!.GetValue<string>() == business.Phone.E164)!;
                Assert.Equal(business.Phone.Fictional, main["fictional"]!.GetValue<bool>());
                layersSeen.UnionWith(main["evidence"]!.AsArray().Select(e => e!["layer"]!.GetValue<string>()));
            }
        }

        Assert.Contains("website_crawl", layersSeen);
        Assert.True(layersSeen.Count >= 3, $"layers seen: {string.Join(", ", layersSeen)}");

        var user = api.Http.DefaultRequestHeaders.GetValues("X-User-Id").Single();
        var csv = (await fixture.LeadsContainer.GetBlobClient($"{user}/{id}/leads.csv").DownloadContentAsync()).Value.Content.ToString();
        foreach (var lead in leads)
        {
            Assert.Contains(lead!["name"]!.GetValue<string>(), csv, StringComparison.Ordinal);
        }

        Assert.Contains(expected[0].Phone.E164, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_website_crawl_and_emails_leads_carry_only_what_the_listing_shows()
    {
        using var api = fixture.NewClient();
        var body = """{"queries": ["plumbers in Toronto"], "platforms": ["directory"], "max_results": 6, "region": "CA", "options": {"crawl_website": false, "extract_emails": false}}""";

        var id = await api.StartAsync(body);
        var campaign = await api.WaitForAsync(id, ApiClient.IsTerminal, TimeSpan.FromSeconds(120));

        Assert.Equal("completed", campaign["status"]!.GetValue<string>());
        Assert.False(campaign["options"]!["crawl_website"]!.GetValue<bool>());
        Assert.False(campaign["options"]!["extract_emails"]!.GetValue<bool>());
        var leads = await api.LeadsJsonAsync(id);
        Assert.NotEmpty(leads);
        Assert.Contains(leads, l => l!["website"] is not null);
        Assert.Contains(leads, l => l!["phones"]!.AsArray().Count > 0);
        foreach (var lead in leads)
        {
            Assert.Empty(lead!["emails"]!.AsArray());
            var layers = lead["phones"]!.AsArray().SelectMany(p => p!["evidence"]!.AsArray()).Select(e => e!["layer"]!.GetValue<string>());
            Assert.DoesNotContain("website_crawl", layers);
        }

        var defaults = await api.GetCampaignAsync(await api.StartAsync("""{"queries": ["plumbers in Toronto"], "platforms": ["directory"], "max_results": 1}"""));
        Assert.True(defaults["options"]!["crawl_website"]!.GetValue<bool>());
        Assert.True(defaults["options"]!["extract_emails"]!.GetValue<bool>());
    }
}
