using LeadIntel.BrowserWorker.Platforms.Twitter;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Platforms.Twitter;

[Collection(BrowserCollection.Name)]
public sealed class TwitterAdapterTests(BrowserFixture browser)
{
    private TwitterAdapter Adapter(string? session, bool visitProfiles = true) => new(
        Options.Create(new TwitterOptions
        {
            BaseUrl = browser.Replicas.BaseUrls["twitter"], SessionCookie = session, VisitProfiles = visitProfiles, ScrollIdleTimeout = TimeSpan.FromSeconds(3),
        }),
        TimeProvider.System);

    [Fact]
    public async Task Without_a_session_the_login_flow_is_reported_as_login_required()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: null), "dentists toronto", 5);

        Assert.Equal(BrowserJobStatus.LoginRequired, result.Block?.Status);
        Assert.Contains("/i/flow/login", result.Block!.Evidence);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task Scrolls_the_virtualized_timeline_past_unmounted_cells_and_reads_every_profile()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: "replica-session"), "dentists toronto", 45);

        Assert.Null(result.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(45, result.Leads.Count);
        Assert.Equal(45, result.Leads.Select(l => l.Url).Distinct().Count());
        Assert.All(result.Leads, lead =>
        {
            Assert.Equal("twitter", lead.Platform);
            Assert.Matches("/replicas/x/[a-z0-9_]+$", lead.Url);
            Assert.Equal("Dentist", lead.Category);
            Assert.Equal("business", lead.Kind);
            Assert.EndsWith(", Ontario", lead.Address);
            Assert.Matches(@"^https://[a-z]+\.test/$", lead.Website);
            Assert.False(string.IsNullOrEmpty(lead.Description));
        });
        var withPhone = result.Leads.Where(l => l.Phones.Count > 0).ToList();
        Assert.True(withPhone.Count >= 20, $"only {withPhone.Count} of 45 bios had a phone");
        Assert.All(withPhone, lead => Assert.Matches(@"^\+1\d{3}55501\d\d$", lead.Phones[0].E164));
        Assert.All(withPhone, lead => Assert.Contains(lead.Phones[0].National[^4..], lead.Description));
        var withEmail = result.Leads.Where(l => l.Emails.Count > 0).ToList();
        Assert.True(withEmail.Count >= 10, $"only {withEmail.Count} of 45 bios had an email");
        Assert.All(withEmail, lead => Assert.EndsWith(new Uri(lead.Website!).Host, lead.Emails[0].Address));
    }

    [Fact]
    public async Task A_timeline_shorter_than_wanted_ends_when_it_stops_growing()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: "replica-session", visitProfiles: false), "plumbers toronto", 60);

        Assert.Null(result.Block);
        Assert.Equal(20, result.Leads.Count);
        Assert.Equal(20, result.Leads.Select(l => l.Url).Distinct().Count());
        Assert.All(result.Leads, l => Assert.Contains("plumbing", l.Description!, StringComparison.OrdinalIgnoreCase));
    }
}
