using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.GoogleMaps;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Platforms.GoogleMaps;

/// <summary>The pure parser on saved replica pages: no browser.</summary>
public sealed class GoogleMapsParserTests
{
    private static readonly GoogleMapsOptions Options = new();
    private static readonly PlatformSearch Search = new("google_maps", "dentists in Toronto", 50, "CA");

    private static PlatformPage Parse(string page, string label, int depth = 0, GoogleMapsOptions? options = null)
    {
        var capture = SavedPages.Load($"Platforms/GoogleMaps/Pages/{page}");
        return GoogleMapsParser.Parse(new PageRequest(capture.Url, label, Depth: depth), capture, Search, options ?? Options);
    }

    [Fact]
    public void Result_cards_become_partial_listings_each_followed_to_its_place()
    {
        var page = Parse("search.html", PageRequest.Search);

        Assert.Null(page.Block);
        Assert.Equal(10, page.Listings.Count);
        var first = page.Listings[0];
        Assert.Equal("0x89d4cb1d3b550f75:0x8bffd7cae0d29f3a", first.Key);
        Assert.False(first.Complete);
        Assert.Equal("Maple Smile Studio East", first.Lead.Name);
        Assert.Equal("Dentist", first.Lead.Category);
        Assert.Equal("2711 King St E", first.Lead.Address);
        Assert.Equal(5.0, first.Lead.Rating);
        Assert.Equal(1665, first.Lead.ReviewsCount);
        Assert.Equal(43.690135, first.Lead.Latitude);
        Assert.Equal(-79.441129, first.Lead.Longitude);
        Assert.Equal("https://maple-smile-studio-east.example/", first.Lead.Website);
        Assert.Equal("+12895550179", Assert.Single(first.ToLead("CA").Phones).E164);
        Assert.Equal(10, page.FollowUps.Count(f => f.IsDetail));
        Assert.Equal(page.Listings.Select(l => l.Key), page.FollowUps.Select(f => f.Key));
    }

    [Fact]
    public void A_feed_at_the_results_cap_is_split_into_four_closer_views()
    {
        var page = Parse("search.html", PageRequest.Search, options: new GoogleMapsOptions { ResultsCap = 10 });

        var cells = page.FollowUps.Where(f => !f.IsDetail).ToList();
        Assert.Equal(4, cells.Count);
        Assert.All(cells, c => Assert.Equal(1, c.Depth));
        var views = cells.Select(c => MapViewport.FromUrl(c.Url)!).ToList();
        Assert.All(views, v => Assert.Equal(12, v.Zoom));
        Assert.Equal(43.6532, views.Average(v => v.Latitude), 6);
        Assert.Equal(-79.3832, views.Average(v => v.Longitude), 6);
        Assert.All(cells, c => Assert.Equal("dentists in Toronto", GoogleMapsUrls.Query(c.Url)));
    }

    [Fact]
    public void The_grid_stops_splitting_at_its_depth_limit()
    {
        var page = Parse("search.html", PageRequest.Search, depth: 3, options: new GoogleMapsOptions { ResultsCap = 10, MaxGridDepth = 3 });

        Assert.DoesNotContain(page.FollowUps, f => !f.IsDetail);
    }

    [Fact]
    public void A_place_page_gives_every_lead_field()
    {
        var page = Parse("place.html", PageRequest.Detail);

        var listing = Assert.Single(page.Listings);
        Assert.True(listing.Complete);
        var lead = listing.ToLead("CA");
        Assert.Equal("Maple Smile Studio East", lead.Name);
        Assert.Equal("Dentist", lead.Category);
        Assert.Equal("2711 King St E, Toronto, ON M3M 2G6", lead.Address);
        Assert.Equal("https://maple-smile-studio-east.example/", lead.Website);
        Assert.Equal(5.0, lead.Rating);
        Assert.Equal(1665, lead.ReviewsCount);
        Assert.Equal(43.690135, lead.Latitude);
        Assert.Equal(-79.441129, lead.Longitude);
        Assert.StartsWith("Monday, 10 AM to 6 PM; Tuesday,", lead.Hours);
        Assert.EndsWith("Sunday, Closed", lead.Hours);
        Assert.Contains("!1s0x89d4cb1d3b550f75:0x8bffd7cae0d29f3a", lead.Url);
        var phone = Assert.Single(lead.Phones);
        Assert.Equal("+12895550179", phone.E164);
        Assert.True(phone.Fictional);
        Assert.Equal(["tel_link", "visible_text"], phone.Evidence.Select(e => e.Layer));
    }

    [Fact]
    public void A_consent_page_is_a_block()
    {
        var page = Parse("consent.html", PageRequest.Search);

        Assert.Equal(BrowserJobStatus.ConsentRequired, page.Block?.Status);
        Assert.Empty(page.Listings);
    }
}
