using LeadIntel.Core.Analytics;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Tests.Analytics;

public class LeadCellsTests
{
    internal static Phone Phone(string e164, string type, string region, double confidence, params string[] layers) =>
        new(e164, e164, e164, null, type, region, false, confidence, layers.Select(l => new PhoneEvidence(l, confidence, "")).ToList());

    internal static Lead Lead(string platform, string? category, DateTimeOffset foundAt, IReadOnlyList<Phone> phones, bool email = false) => new()
    {
        Platform = platform,
        Query = "q",
        Name = "n",
        Url = "https://example.test/",
        Category = category,
        Phones = phones,
        Emails = email ? [new Email("a@example.test", 0.95, [new EmailEvidence("mailto", 0.95, "")])] : [],
        FoundAt = foundAt,
    };

    [Fact]
    public void A_lead_counts_once_per_dimension_value_with_the_phones_that_belong_there()
    {
        var mobile = Phone("+14165550001", "mobile", "CA", 0.95, "tel_link", "visible_text");
        var landline = Phone("+12125550002", "fixed_line", "US", 0.7, "visible_text");
        var lead = Lead("Directory", "  Dentist ", DateTimeOffset.UnixEpoch, [mobile, landline], email: true);

        var cells = LeadCells.Of(lead).ToList();

        Assert.Equal(2, cells.Single(c => c.Dimension == AnalyticsDimension.Total).Phones.Count);
        Assert.Equal("directory", cells.Single(c => c.Dimension == AnalyticsDimension.Platform).Value);
        Assert.Equal("Dentist", cells.Single(c => c.Dimension == AnalyticsDimension.Category).Value);
        Assert.Equal(["mailto", "tel_link", "visible_text"], cells.Where(c => c.Dimension == AnalyticsDimension.Layer).Select(c => c.Value));
        Assert.Equal([mobile], cells.Single(c => c.Value == "tel_link").Phones);
        Assert.Empty(cells.Single(c => c.Value == "mailto").Phones);
        Assert.Equal([landline], cells.Single(c => c.Dimension == AnalyticsDimension.PhoneType && c.Value == "fixed_line").Phones);
        Assert.Equal(["CA", "US"], cells.Where(c => c.Dimension == AnalyticsDimension.Region).Select(c => c.Value));
    }

    [Fact]
    public void A_lead_without_phones_or_category_counts_under_none_and_uncategorised()
    {
        var cells = LeadCells.Of(Lead("website", null, DateTimeOffset.UnixEpoch, [])).ToList();

        Assert.Equal(AnalyticsDimension.Uncategorised, cells.Single(c => c.Dimension == AnalyticsDimension.Category).Value);
        Assert.Equal(AnalyticsDimension.None, cells.Single(c => c.Dimension == AnalyticsDimension.PhoneType).Value);
        Assert.Equal(AnalyticsDimension.None, cells.Single(c => c.Dimension == AnalyticsDimension.Region).Value);
        Assert.DoesNotContain(cells, c => c.Dimension == AnalyticsDimension.Layer);
    }
}
