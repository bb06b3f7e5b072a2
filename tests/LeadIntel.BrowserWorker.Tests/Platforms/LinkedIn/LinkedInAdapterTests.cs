using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Platforms.LinkedIn;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Tests.Platforms.LinkedIn;

[Collection(BrowserCollection.Name)]
public sealed class LinkedInAdapterTests(BrowserFixture browser)
{
    private LinkedInAdapter Adapter(string? session) => new(
        Options.Create(new LinkedInOptions { BaseUrl = browser.Replicas.BaseUrls["linkedin"], SessionCookie = session }), TimeProvider.System);

    [Fact]
    public async Task Without_a_session_the_auth_wall_is_reported_as_login_required()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: null), "computer science student", 5);

        Assert.Equal(BrowserJobStatus.LoginRequired, result.Block?.Status);
        Assert.Contains("/authwall", result.Block!.Evidence);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task Pages_through_people_results_and_reads_education_from_profiles()
    {
        var result = await Crawls.RunAsync(browser, Adapter(session: "replica-session"), "computer science student", 12);

        Assert.Null(result.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(12, result.Leads.Count);
        Assert.Equal(12, result.Leads.Select(l => l.Url).Distinct().Count());
        Assert.True(result.Progress.Processed >= 14, "two result pages and twelve profiles");
        Assert.All(result.Leads, lead =>
        {
            Assert.Matches("/replicas/linkedin/in/[a-z]+-[a-z]+-\\d{3}[a-f]/$", lead.Url);
            Assert.NotNull(lead.School);
            Assert.NotNull(lead.FieldOfStudy);
            Assert.EndsWith("Canada", lead.Address);
            Assert.Contains(lead.Kind, new[] { PersonClassifier.Student, PersonClassifier.Person });
        });
        var students = result.Leads.Where(l => l.Kind == PersonClassifier.Student).ToList();
        Assert.NotEmpty(students);
        Assert.All(students.Where(s => s.Description!.Contains("Student")), s => Assert.Contains(s.FieldOfStudy!, s.Description));
        Assert.Contains(result.Leads, l => l.Kind == PersonClassifier.Person && l.Description!.Contains(" at "));
    }
}
