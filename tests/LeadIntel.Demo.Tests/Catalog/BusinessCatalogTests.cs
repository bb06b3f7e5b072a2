using LeadIntel.Core.Phones;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Tests.Catalog;

public class BusinessCatalogTests
{
    private static readonly IReadOnlyList<Business> Businesses = BusinessCatalog.Default.Businesses;

    [Fact]
    public void Same_seed_gives_the_same_businesses()
    {
        var again = BusinessCatalog.Create(BusinessCatalog.DefaultSeed).Businesses;

        Assert.Equal(Businesses.Count, again.Count);
        for (var i = 0; i < Businesses.Count; i++)
        {
            var (a, b) = (Businesses[i], again[i]);
            Assert.Equal(
                (a.Slug, a.Name, a.Address, a.Phone.E164, a.PhoneDisplay, a.PhoneStyle, a.Latitude, a.Longitude, a.Email, a.WebsiteDomain, a.Rating, a.ReviewCount, a.HoursText),
                (b.Slug, b.Name, b.Address, b.Phone.E164, b.PhoneDisplay, b.PhoneStyle, b.Latitude, b.Longitude, b.Email, b.WebsiteDomain, b.Rating, b.ReviewCount, b.HoursText));
        }
    }

    [Fact]
    public void Another_seed_gives_other_businesses()
    {
        var other = BusinessCatalog.Create(BusinessCatalog.DefaultSeed + 1).Businesses;

        Assert.NotEqual(Businesses.Select(b => b.Phone.E164), other.Select(b => b.Phone.E164));
    }

    [Fact]
    public void Default_catalog_is_pinned()
    {
        // The demo, the README and the integration tests quote these: a generator change must be deliberate.
        Assert.Equal(247, Businesses.Count);
        Assert.Equal(12, Businesses.Count(b => b.Category == Categories.Dentists && b.City == Cities.Toronto));
    }

    [Fact]
    public void Covers_every_city_and_category_with_unique_slugs_and_domains()
    {
        foreach (var city in Cities.All)
        {
            foreach (var category in Categories.All)
            {
                Assert.True(Businesses.Count(b => b.City == city && b.Category == category) >= 2, $"{category.Key} in {city.Name}");
            }
        }

        Assert.Equal(Businesses.Count, Businesses.Select(b => b.Slug).Distinct().Count());
        var domains = Businesses.Where(b => b.HasWebsite).Select(b => b.WebsiteDomain).ToList();
        Assert.Equal(domains.Count, domains.Distinct().Count());
        Assert.All(Businesses, b => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", b.Slug));
    }

    [Fact]
    public void Every_phone_style_and_both_kinds_of_number_occur()
    {
        foreach (var style in Enum.GetValues<PhoneStyle>())
        {
            Assert.True(Businesses.Count(b => b.PhoneStyle == style) >= 20, style.ToString());
        }

        Assert.Contains(Businesses, b => b.Phone.Fictional);
        Assert.Contains(Businesses, b => !b.Phone.Fictional && b.City.CountryCode is "CA" or "US");
    }

    [Fact]
    public void Every_written_form_of_every_number_is_valid_and_means_the_same_number()
    {
        foreach (var b in Businesses)
        {
            foreach (var phone in new[] { b.Phone, b.Mobile, b.Fax }.OfType<DemoPhone>())
            {
                foreach (var written in phone.Formats)
                {
                    Assert.True(PhoneNormalizer.TryNormalize(written, b.City.CountryCode, out var parsed), $"{b.Slug}: {written}");
                    Assert.Equal(phone.E164, parsed.E164);
                    Assert.Equal(phone.Fictional, parsed.Fictional);
                }
            }

            Assert.Contains(b.PhoneDisplay, b.Phone.Formats);
        }
    }

    [Fact]
    public void North_american_fictional_numbers_are_555_01xx()
    {
        var nanp = Businesses.Where(b => b.City.CountryCode is "CA" or "US" && b.Phone.Fictional).ToList();

        Assert.NotEmpty(nanp);
        Assert.All(nanp, b => Assert.Matches(@"^\+1\d{3}55501\d{2}$", b.Phone.E164));
    }

    [Fact]
    public void Image_only_phones_are_recoverable_from_a_website()
    {
        Assert.All(Businesses.Where(b => b.PhoneStyle == PhoneStyle.Image), b => Assert.True(b.HasWebsite, b.Slug));
        Assert.All(Businesses.Where(b => b.PhoneStyle == PhoneStyle.JsonLdOnly), b => Assert.True(b.HasJsonLd, b.Slug));
    }

    [Fact]
    public void Coordinates_lie_near_their_city()
    {
        Assert.All(Businesses, b =>
        {
            Assert.InRange(b.Latitude, b.City.Latitude - 0.1, b.City.Latitude + 0.1);
            Assert.InRange(b.Longitude, b.City.Longitude - 0.1, b.City.Longitude + 0.1);
        });
    }

    [Theory]
    [InlineData("Café Ember", "cafe-ember")]
    [InlineData("Zahnärzte am Spreeufer", "zahnarzte-am-spreeufer")]
    [InlineData("Novak & O'Brien LLP", "novak-and-obrien-llp")]
    [InlineData("Straße  Yılmaz", "strasse-yilmaz")]
    public void Slugs_are_ascii(string name, string slug) => Assert.Equal(slug, Slug.From(name));
}
