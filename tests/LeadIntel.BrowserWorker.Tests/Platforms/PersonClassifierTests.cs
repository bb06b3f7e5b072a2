using LeadIntel.BrowserWorker.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Platforms;

public sealed class PersonClassifierTests
{
    [Theory]
    [InlineData("Computer Science Student at York University", null, "student")]
    [InlineData("PhD Candidate, Data Science", null, "student")]
    [InlineData("Software Engineer at Shopify", "2012 - 2016", "person")]
    [InlineData("Aspiring engineer", "2023 - 2027", "student")]
    [InlineData(null, null, "person")]
    public void Classifies_by_headline_then_by_ongoing_education(string? headline, string? years, string expected) =>
        Assert.Equal(expected, PersonClassifier.Classify(headline, years, 2025));
}
