using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Tests.Pages;

public class DirectoryPagesTests
{
    private static readonly DirectoryLinks Links = new("http://demo.test", "/demo/directory");
    private static readonly DirectoryPages Pages = new(BusinessCatalog.Default);
    private static readonly IReadOnlyList<Business> Businesses = BusinessCatalog.Default.Businesses;

    [Fact]
    public void Rendering_is_deterministic()
    {
        var b = Businesses[17];

        Assert.Equal(Pages.Business(Links, b.Slug), new DirectoryPages(BusinessCatalog.Create(BusinessCatalog.DefaultSeed)).Business(Links, b.Slug));
        Assert.Equal(Pages.Search(Links, "plumbers", 2), Pages.Search(Links, "plumbers", 2));
    }

    [Theory]
    [InlineData(PhoneStyle.TelLink)]
    [InlineData(PhoneStyle.SplitText)]
    [InlineData(PhoneStyle.JsonLdOnly)]
    [InlineData(PhoneStyle.Image)]
    public void Detail_page_shows_the_phone_only_in_its_style(PhoneStyle style)
    {
        var b = Businesses.First(x => x.PhoneStyle == style);
        var html = Pages.Business(Links, b.Slug)!;
        var article = html[html.IndexOf("<article", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];

        Assert.Equal(style == PhoneStyle.TelLink, article.Contains($"tel:{b.Phone.E164}", StringComparison.Ordinal));
        Assert.Equal(style == PhoneStyle.JsonLdOnly || (style == PhoneStyle.TelLink && b.HasJsonLd), html.Contains("\"telephone\"", StringComparison.Ordinal));
        Assert.Equal(style == PhoneStyle.Image, article.Contains($"/img/phone/{b.Slug}.png", StringComparison.Ordinal));
        Assert.Equal(style == PhoneStyle.SplitText, article.Contains("<span class=\"ph\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Contact_pages_write_emails_in_the_business_style()
    {
        foreach (var b in Businesses.Where(x => x.HasWebsite && x.Email is not null))
        {
            var html = Pages.Website(Links, b.Slug, "contact")!;
            var email = b.Email!;
            var domain = email[(email.IndexOf('@') + 1)..];
            switch (b.EmailStyle)
            {
                case EmailStyle.Mailto:
                    Assert.Contains($"href=\"mailto:{email}\"", html, StringComparison.Ordinal);
                    break;
                case EmailStyle.Obfuscated:
                    Assert.Contains($" [at] {domain.Replace(".", " [dot] ", StringComparison.Ordinal)}", html, StringComparison.Ordinal);
                    Assert.DoesNotContain(email, html, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Contains(email, html, StringComparison.Ordinal);
                    Assert.DoesNotContain($"mailto:{email}", html, StringComparison.Ordinal);
                    break;
            }
        }
    }

    [Fact]
    public void Contact_page_carries_mobile_whatsapp_and_fax_when_the_business_has_them()
    {
        var b = Businesses.First(x => x.HasWebsite && x.HasWhatsApp && x.Fax is not null);

        var html = Pages.Website(Links, b.Slug, "contact")!;

        Assert.Contains($"https://wa.me/{b.Mobile!.Digits}", html, StringComparison.Ordinal);
        Assert.Contains(b.Fax!.Formats[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_pages_render_nothing()
    {
        Assert.Null(Pages.Business(Links, "nope"));
        Assert.Null(Pages.Website(Links, Businesses.First(b => !b.HasWebsite).Slug));
        Assert.Null(Pages.Website(Links, Businesses.First(b => b.HasWebsite).Slug, "admin"));
    }
}
