using LeadIntel.Core.Model;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Tests.Leads;

public class LeadFilterTests
{
    private static Lead Profile(string platform, string description, string? address = null) => new()
    {
        Platform = platform, Query = "q", Name = "Sam", Url = "https://x", Description = description, Address = address,
    };

    [Theory]
    [InlineData("linkedin", "Computer Science student at York University", LeadClassifier.Student)]
    [InlineData("linkedin", "Senior engineer at Shopify", LeadClassifier.Person)]
    [InlineData("directory", "We are a student-friendly dental clinic", LeadClassifier.Business)]
    public void Classifies_profiles_and_listings(string platform, string description, string expected) =>
        Assert.Equal(expected, LeadClassifier.Classify(Profile(platform, description)));

    [Fact]
    public void Student_only_and_field_of_study_keep_matching_students()
    {
        var filters = new CampaignFilters(StudentOnly: true, FieldOfStudy: "computer science");
        var student = Profile("linkedin", "Computer Science student") with { Kind = LeadClassifier.Student };
        var otherField = Profile("linkedin", "Biology student") with { Kind = LeadClassifier.Student };
        var worker = Profile("linkedin", "Engineer") with { Kind = LeadClassifier.Person };

        Assert.True(LeadFilter.Keeps(student, filters));
        Assert.False(LeadFilter.Keeps(otherField, filters));
        Assert.False(LeadFilter.Keeps(worker, filters));
    }

    [Fact]
    public void Location_drops_only_leads_whose_address_says_elsewhere()
    {
        var filters = new CampaignFilters(Location: "Toronto");

        Assert.True(LeadFilter.Keeps(Profile("directory", "", "1 King St, Toronto, ON"), filters));
        Assert.False(LeadFilter.Keeps(Profile("directory", "", "1 Main St, Ottawa, ON"), filters));
        Assert.True(LeadFilter.Keeps(Profile("directory", "", null), filters));
    }
}
