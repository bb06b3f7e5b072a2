using LeadIntel.BrowserWorker.Platforms.Instagram;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Instagram;

[Collection(BrowserCollection.Name)]
public sealed class InstagramAdapterTests(BrowserFixture browser)
{
    private InstagramAdapter Adapter(string? session, bool visitProfiles = true) => new(
        Options.Create(new InstagramOptions
        {
            BaseUrl = browser.Replicas.BaseUrls["instagram"], SessionCookie = session, VisitProfiles = visitProfiles, ScrollIdleTimeout = TimeSpan.FromSeconds(3),
        }));

    [Fact]
    public async Task Without_a_session_the_login_page_is_reported_as_login_required()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: null), "dentists toronto", 5);

        Assert.Equal(BrowserJobStatus.LoginRequired, result.Block?.Status);
        Assert.Contains("/accounts/login/", result.Block!.Evidence);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task Scrolls_the_results_and_reads_each_business_profiles_contact_data()
    {
        var result = await Crawls.RunAsync(browser, Adapter("replica-session"), "dentists toronto", 30);

        Assert.Null(result.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(30, result.Leads.Count);
        Assert.Equal(30, result.Leads.Select(l => l.Url).Distinct().Count());
        Assert.All(result.Leads, lead =>
        {
            Assert.Equal("instagram", lead.Platform);
            Assert.Matches("/replicas/instagram/[a-z_]+/$", lead.Url);
            Assert.Equal("Dentist", lead.Category);
            Assert.Equal("business", lead.Kind);
            Assert.Matches(@"^\d+ .+, (Toronto|Mississauga) M\d[A-Z] \d[A-Z]\d$", lead.Address);
            Assert.Matches(@"^https://[a-z]+\.test/$", lead.Website);
            Assert.False(string.IsNullOrEmpty(lead.Description));
        });
        var withPhone = result.Leads.Where(l => l.Phones.Count > 0).ToList();
        Assert.True(withPhone.Count >= 18, $"only {withPhone.Count} of 30 profiles had a phone");
        Assert.All(withPhone, lead =>
        {
            var phone = Assert.Single(lead.Phones);
            Assert.Matches(@"^\+1\d{3}55501\d\d$", phone.E164);
            Assert.Equal([ExtractionLayers.JsonLd, ExtractionLayers.TelLink], phone.Evidence.Select(e => e.Layer).Distinct().Order());
        });
        var withEmail = result.Leads.Where(l => l.Emails.Count > 0).ToList();
        Assert.True(withEmail.Count >= 15, $"only {withEmail.Count} of 30 profiles had an email");
        Assert.All(withEmail, lead => Assert.EndsWith("@" + new Uri(lead.Website!).Host, Assert.Single(lead.Emails).Address));
    }

    [Fact]
    public async Task Results_without_an_end_marker_end_when_they_stop_growing()
    {
        var result = await Crawls.RunAsync(browser, Adapter("replica-session", visitProfiles: false), "coffee toronto", 60);

        Assert.Null(result.Block);
        Assert.Equal(20, result.Leads.Count);
        Assert.Equal(20, result.Leads.Select(l => l.Url).Distinct().Count());
    }
}
