using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.Instagram;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Instagram;

/// <summary>The pure parser on saved replica pages: no browser.</summary>
public sealed class InstagramParserTests
{
    private static readonly PlatformSearch Search = new("instagram", "dentists toronto", 50, "CA");

    private static PlatformPage Parse(PageCapture capture, string label, bool visitProfiles = true) =>
        InstagramParser.Parse(new PageRequest(capture.Url, label), capture, Search, visitProfiles);

    private static PageCapture Load(string page) => SavedPages.Load($"Platforms/Instagram/Pages/{page}");

    [Fact]
    public void Result_rows_become_partial_listings_each_followed_to_its_profile()
    {
        var page = Parse(Load("search.html"), PageRequest.Search);

        Assert.Null(page.Block);
        Assert.Equal(24, page.Listings.Count);
        var first = page.Listings[0];
        Assert.False(first.Complete);
        Assert.Equal("Leslieville Orthodontics", first.Lead.Name);
        Assert.EndsWith("/replicas/instagram/leslievilleorthodontics/", first.Key);
        Assert.Equal(page.Listings.Select(l => l.Key), page.FollowUps.Select(f => f.Key));
        Assert.Empty(Parse(Load("search.html"), PageRequest.Search, visitProfiles: false).FollowUps);
    }

    [Fact]
    public void A_business_profile_gives_its_contact_sheet_and_embedded_contact_data()
    {
        var listing = Assert.Single(Parse(Load("profile.html"), PageRequest.Detail).Listings);

        Assert.True(listing.Complete);
        var lead = listing.ToLead("CA");
        Assert.Equal("instagram", lead.Platform);
        Assert.Equal("Leslieville Orthodontics", lead.Name);
        Assert.EndsWith("/replicas/instagram/leslievilleorthodontics/", lead.Url);
        Assert.Equal("Dentist", lead.Category);
        Assert.Equal("business", lead.Kind);
        Assert.Equal("New patients welcome. Cleanings, implants and Invisalign.", lead.Description);
        Assert.Equal("https://leslievilleorthodontics.test/", lead.Website);
        Assert.Equal("1484 Yonge St, Mississauga M8M 2C9", lead.Address);
        var phone = Assert.Single(lead.Phones);
        Assert.Equal("+14375550143", phone.E164);
        Assert.Equal([ExtractionLayers.JsonLd, ExtractionLayers.TelLink], phone.Evidence.Select(e => e.Layer).Order());
        var email = Assert.Single(lead.Emails);
        Assert.Equal("book@leslievilleorthodontics.test", email.Address);
        Assert.Equal([ExtractionLayers.JsonLd, ExtractionLayers.Mailto], email.Evidence.Select(e => e.Layer).Order());
    }

    [Fact]
    public void The_embedded_data_alone_gives_the_contacts_when_the_sheet_did_not_open()
    {
        var saved = Load("profile.html");
        var sheet = saved.Html.IndexOf("<div role=\"dialog\"", StringComparison.Ordinal);
        Assert.True(sheet > 0);
        var capture = saved with { Html = saved.Html[..sheet] + "</body></html>" };

        var lead = Assert.Single(Parse(capture, PageRequest.Detail).Listings).ToLead("CA");

        Assert.Equal([ExtractionLayers.JsonLd], Assert.Single(lead.Phones).Evidence.Select(e => e.Layer));
        Assert.Equal("book@leslievilleorthodontics.test", Assert.Single(lead.Emails).Address);
        Assert.Equal("1484 Yonge St, Mississauga M8M 2C9", lead.Address);
    }

    [Fact]
    public void The_login_page_is_a_login_block()
    {
        var page = Parse(Load("login.html"), PageRequest.Search);

        Assert.Equal(BrowserJobStatus.LoginRequired, page.Block?.Status);
        Assert.Empty(page.Listings);
    }

    [Fact]
    public void A_challenge_is_a_captcha_block()
    {
        var capture = new PageCapture(new Uri("https://www.instagram.com/challenge/?next=/bloordental/"), "<html><body><main role='main'></main></body></html>");

        Assert.Equal(BrowserJobStatus.Captcha, Parse(capture, PageRequest.Detail).Block?.Status);
    }
}
