using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.Facebook;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Facebook;

/// <summary>The pure parser on saved replica pages: no browser.</summary>
public sealed class FacebookParserTests
{
    private static readonly PlatformSearch Search = new("facebook", "dentists toronto", 50, "CA");

    private static PlatformPage Parse(string page, string label, bool visitPages = true)
    {
        var capture = SavedPages.Load($"Platforms/Facebook/Pages/{page}");
        return FacebookParser.Parse(new PageRequest(capture.Url, label), capture, Search, visitPages);
    }

    [Fact]
    public void Results_become_partial_listings_each_followed_to_its_contact_info()
    {
        var page = Parse("search.html", PageRequest.Search);

        Assert.Null(page.Block);
        Assert.Equal(30, page.Listings.Count);
        var first = page.Listings[0].Lead;
        Assert.Equal("Leslieville Orthodontics", first.Name);
        Assert.EndsWith("/replicas/facebook/leslievilleorthodontics/", first.Url);
        Assert.Equal("Dentist", first.Category);
        Assert.Equal("Mississauga", first.Address);
        Assert.Equal("New patients welcome. Cleanings, implants and Invisalign.", first.Description);
        Assert.All(page.FollowUps, f => Assert.EndsWith("/about_contact_and_basic_info", f.Url.AbsolutePath));
        Assert.Equal(page.Listings.Select(l => l.Key), page.FollowUps.Select(f => f.Key));
    }

    [Fact]
    public void Without_page_visits_nothing_is_followed()
    {
        Assert.Empty(Parse("search.html", PageRequest.Search, visitPages: false).FollowUps);
    }

    [Fact]
    public void The_contact_info_items_are_read_by_their_labels()
    {
        var page = Parse("about.html", PageRequest.Detail);

        var listing = Assert.Single(page.Listings);
        Assert.True(listing.Complete);
        var lead = listing.ToLead("CA");
        Assert.Equal("facebook", lead.Platform);
        Assert.Equal("Leslieville Orthodontics", lead.Name);
        Assert.EndsWith("/replicas/facebook/leslievilleorthodontics/", lead.Url);
        Assert.Equal(listing.Key, lead.Url);
        Assert.Equal("Dentist", lead.Category);
        Assert.Equal("1484 Yonge St, Mississauga, ON, Canada, M8M 2C9", lead.Address);
        Assert.Equal("https://leslievilleorthodontics.test/", lead.Website);
        Assert.Equal("New patients welcome. Cleanings, implants and Invisalign.", lead.Description);
        Assert.Equal("+14375550143", Assert.Single(lead.Phones).E164);
        Assert.Equal("book@leslievilleorthodontics.test", Assert.Single(lead.Emails).Address);
    }

    [Theory]
    [InlineData("wall.html", BrowserJobStatus.LoginRequired)]
    [InlineData("consent.html", BrowserJobStatus.ConsentRequired)]
    public void Walls_are_blocks(string saved, string status)
    {
        var page = Parse(saved, PageRequest.Detail);

        Assert.Equal(status, page.Block?.Status);
        Assert.Empty(page.Listings);
    }

    [Fact]
    public void A_checkpoint_is_a_captcha_block()
    {
        var capture = new PageCapture(new Uri("https://www.facebook.com/checkpoint/1501092823525282/"), "<html><body><div role='main'><h1>Security check</h1></div></body></html>");

        var page = FacebookParser.Parse(new PageRequest(capture.Url, PageRequest.Detail), capture, Search, true);

        Assert.Equal(BrowserJobStatus.Captcha, page.Block?.Status);
    }

    [Fact]
    public void A_page_key_is_the_pages_home_from_any_of_its_urls()
    {
        Assert.Equal("https://www.facebook.com/bloordental/", FacebookParser.PageKey(new Uri("https://www.facebook.com/bloordental/about_contact_and_basic_info")));
        Assert.Equal("https://www.facebook.com/bloordental/", FacebookParser.PageKey(new Uri("https://www.facebook.com/bloordental?ref=search")));
        Assert.Equal(new Uri("https://www.facebook.com/bloordental/about_contact_and_basic_info"), FacebookParser.ContactInfoUrl("https://www.facebook.com/bloordental/"));
    }
}
