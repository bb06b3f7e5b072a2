using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.Facebook;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Facebook;

[Collection(BrowserCollection.Name)]
public sealed class FacebookAdapterTests(BrowserFixture browser)
{
    private const string Session = "c_user=100000000000001; xs=replica-session";

    private FacebookAdapter Adapter(string? session, string basePath = "/replicas/facebook/", bool visitPages = true) => new(
        Options.Create(new FacebookOptions
        {
            BaseUrl = browser.Replicas.Url(basePath), SessionCookies = session, VisitPages = visitPages, ScrollIdleTimeout = TimeSpan.FromSeconds(3),
        }));

    [Fact]
    public async Task Without_a_session_the_login_page_is_reported_as_login_required()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: null), "dentists toronto", 5);

        Assert.Equal(BrowserJobStatus.LoginRequired, result.Block?.Status);
        Assert.Contains("/login/", result.Block!.Evidence);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task Declines_the_cookie_dialog_scrolls_the_results_and_reads_each_pages_contact_info()
    {
        var result = await Crawls.RunAsync(browser, Adapter(Session), "dentists toronto", 25);

        Assert.Null(result.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(25, result.Leads.Count);
        Assert.Equal(25, result.Leads.Select(l => l.Url).Distinct().Count());
        Assert.All(result.Leads, lead =>
        {
            Assert.Equal("facebook", lead.Platform);
            Assert.Matches("/replicas/facebook/[a-z]+/$", lead.Url);
            Assert.Equal("Dentist", lead.Category);
            Assert.Matches(@"^\d+ .+, (Toronto|Mississauga), ON, Canada, M\d[A-Z] \d[A-Z]\d$", lead.Address);
            Assert.Matches(@"^https://[a-z]+\.test/$", lead.Website);
            Assert.False(string.IsNullOrEmpty(lead.Description));
        });
        var withPhone = result.Leads.Where(l => l.Phones.Count > 0).ToList();
        Assert.True(withPhone.Count >= 15, $"only {withPhone.Count} of 25 pages had a phone");
        Assert.All(withPhone, lead => Assert.Matches(@"^\+1\d{3}55501\d\d$", Assert.Single(lead.Phones).E164));
        var withEmail = result.Leads.Where(l => l.Emails.Count > 0).ToList();
        Assert.True(withEmail.Count >= 12, $"only {withEmail.Count} of 25 pages had an email");
        Assert.All(withEmail, lead => Assert.EndsWith("@" + new Uri(lead.Website!).Host, Assert.Single(lead.Emails).Address));
    }

    [Fact]
    public async Task Results_end_at_end_of_results()
    {
        var result = await Crawls.RunAsync(browser, Adapter(Session, visitPages: false), "plumbers toronto", 60);

        Assert.Null(result.Block);
        Assert.Equal(20, result.Leads.Count);
        Assert.All(result.Leads, l => Assert.Equal("Plumber", l.Category));
    }

    [Fact]
    public async Task A_cookie_dialog_that_will_not_go_away_is_consent_required()
    {
        var result = await Crawls.RunAsync(browser, Adapter(Session, "/replicas/facebook-consent/"), "dentists toronto", 5);

        Assert.Equal(BrowserJobStatus.ConsentRequired, result.Block?.Status);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task A_logged_out_about_tab_shows_the_see_more_wall_which_is_login_required()
    {
        var adapter = Adapter(session: null);
        await using var lease = await browser.Pool.AcquireAsync();
        await adapter.PrepareAsync(lease.Context, default);
        var request = new PageRequest(FacebookParser.ContactInfoUrl(browser.Replicas.Url("/replicas/facebook/harbourdentalcare/").ToString()), PageRequest.Detail);

        var page = adapter.Parse(request, await adapter.CaptureAsync(lease.Page, request, 1, default), new PlatformSearch("facebook", "dentists", 1));

        Assert.Equal(BrowserJobStatus.LoginRequired, page.Block?.Status);
        Assert.Empty(page.Listings);
    }
}
