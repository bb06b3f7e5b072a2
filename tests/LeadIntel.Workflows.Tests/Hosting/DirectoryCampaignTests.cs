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
}
