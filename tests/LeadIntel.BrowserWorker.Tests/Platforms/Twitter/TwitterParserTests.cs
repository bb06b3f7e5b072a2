using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.Twitter;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Twitter;

/// <summary>The pure parser on saved replica pages: no browser.</summary>
public sealed class TwitterParserTests
{
    private static readonly PlatformSearch Search = new("twitter", "dentists toronto", 50, "CA");

    private static PlatformPage Parse(string page, string label, bool visitProfiles = true)
    {
        var capture = SavedPages.Load($"Platforms/Twitter/Pages/{page}");
        return TwitterParser.Parse(new PageRequest(capture.Url, label), capture, Search, visitProfiles, 2026);
    }

    [Fact]
    public void Timeline_cells_become_partial_listings_each_followed_to_its_profile()
    {
        var page = Parse("search.html", PageRequest.Search);

        Assert.Null(page.Block);
        Assert.Equal(39, page.Listings.Count);
        Assert.Equal(39, page.Listings.Select(l => l.Key).Distinct().Count());
        var first = page.Listings[0];
        Assert.False(first.Complete);
        Assert.Equal("Leslieville Orthodontics", first.Lead.Name);
        Assert.EndsWith("/replicas/x/leslievilleorth", first.Key);
        Assert.Equal(first.Key, first.Lead.Url);
        Assert.StartsWith("New patients welcome.", first.Lead.Description);
        Assert.Null(first.Lead.Kind);
        Assert.Equal("+14375550143", Assert.Single(first.ToLead("CA").Phones).E164);
        Assert.Equal(page.Listings.Select(l => l.Key), page.FollowUps.Select(f => f.Key));
        Assert.All(page.FollowUps, f => Assert.True(f.IsDetail));
    }

    [Fact]
    public void Without_profile_visits_nothing_is_followed()
    {
        var page = Parse("search.html", PageRequest.Search, visitProfiles: false);

        Assert.Equal(39, page.Listings.Count);
        Assert.Empty(page.FollowUps);
    }

    [Fact]
    public void A_profile_gives_category_location_website_and_the_contacts_in_its_bio()
    {
        var page = Parse("profile.html", PageRequest.Detail);

        var listing = Assert.Single(page.Listings);
        Assert.True(listing.Complete);
        var lead = listing.ToLead("CA");
        Assert.Equal("twitter", lead.Platform);
        Assert.Equal("Harbour Dental Care", lead.Name);
        Assert.EndsWith("/replicas/x/harbourdentalca", lead.Url);
        Assert.Equal("Dentist", lead.Category);
        Assert.Equal("business", lead.Kind);
        Assert.Equal("Toronto, Ontario", lead.Address);
        Assert.Equal("https://harbourdentalcare.test/", lead.Website);
        Assert.StartsWith("Gentle family dentistry in Toronto.", lead.Description);
        Assert.Equal("hello@harbourdentalcare.test", Assert.Single(lead.Emails).Address);
        Assert.Empty(lead.Phones);
    }

    [Fact]
    public void The_login_flow_is_a_login_block()
    {
        var page = Parse("login.html", PageRequest.Search);

        Assert.Equal(BrowserJobStatus.LoginRequired, page.Block?.Status);
        Assert.Empty(page.Listings);
    }

    [Fact]
    public void The_account_access_challenge_is_a_captcha_block()
    {
        var capture = new PageCapture(new Uri("https://x.com/account/access"), "<html><body><div id='arkose_iframe'></div></body></html>");

        var page = TwitterParser.Parse(new PageRequest(capture.Url, PageRequest.Search), capture, Search, true, 2026);

        Assert.Equal(BrowserJobStatus.Captcha, page.Block?.Status);
    }
}
