using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Platforms.GoogleMaps;

[Collection(BrowserCollection.Name)]
public sealed class GoogleMapsAdapterTests(BrowserFixture browser)
{
    private GoogleMapsAdapter Adapter(string basePath = "/replicas/google/", Action<GoogleMapsOptions>? configure = null)
    {
        var options = new GoogleMapsOptions { BaseUrl = browser.Replicas.Url(basePath), ScrollIdleTimeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new GoogleMapsAdapter(Options.Create(options));
    }

    [Fact]
    public async Task Scrolls_the_feed_to_the_wanted_count_and_reads_every_place()
    {
        var result = await Crawls.RunAsync(browser, Adapter(), "dentists in Toronto", 25);

        Assert.Null(result.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(25, result.Leads.Count);
        Assert.Equal(25, result.Leads.Select(l => GoogleMapsUrls.PlaceId(l.Url)).Distinct().Count());
        Assert.All(result.Leads, lead =>
        {
            Assert.Equal("google_maps", lead.Platform);
            Assert.Equal("Dentist", lead.Category);
            Assert.Contains("Toronto, ON", lead.Address);
            Assert.InRange(lead.Latitude!.Value, 43.4, 43.9);
            Assert.InRange(lead.Longitude!.Value, -79.7, -79.0);
            Assert.InRange(lead.Rating!.Value, 1, 5);
            Assert.True(lead.ReviewsCount > 0);
            Assert.StartsWith("Monday, ", lead.Hours);
            Assert.NotNull(GoogleMapsUrls.PlaceId(lead.Url));
        });
        var withPhone = result.Leads.Where(l => l.Phones.Count > 0).ToList();
        Assert.True(withPhone.Count >= 18, $"only {withPhone.Count} of 25 places had a phone");
        Assert.All(withPhone, lead => Assert.Matches(@"^\+1\d{3}55501\d\d$", lead.Phones[0].E164));
        Assert.Contains(result.Leads, l => l.Website is not null && l.Website.EndsWith(".example/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Splits_the_map_into_a_grid_past_the_results_cap_without_duplicates()
    {
        var result = await Crawls.RunAsync(browser, Adapter(configure: o => o.VisitPlaces = false), "dentists in Toronto", 200);

        Assert.Null(result.Block);
        Assert.Equal(200, result.Leads.Count);
        Assert.Equal(200, result.Leads.Select(l => GoogleMapsUrls.PlaceId(l.Url)).Distinct().Count());
        Assert.All(result.Leads, l => Assert.Equal("Dentist", l.Category));
    }

    [Fact]
    public async Task Reports_a_consent_page_as_blocked_not_as_an_empty_success()
    {
        var result = await Crawls.RunAsync(browser, Adapter("/replicas/google-consent/"), "dentists in Toronto", 10);

        Assert.Equal(BrowserJobStatus.ConsentRequired, result.Block?.Status);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task Reports_a_captcha_as_blocked()
    {
        var result = await Crawls.RunAsync(browser, Adapter("/replicas/google-captcha/"), "dentists in Toronto", 10);

        Assert.Equal(BrowserJobStatus.Captcha, result.Block?.Status);
        Assert.Empty(result.Leads);
    }
}
