using LeadIntel.Core.Extraction;
using LeadIntel.Core.Ocr;

namespace LeadIntel.Core.Tests.Ocr;

public class ImageOcrSelectorTests
{
    private static readonly Uri Page = new("https://shop.example.com/about/");

    private static IReadOnlyList<string> Select(string body, Uri? url = null, int max = 5, Uri? fallback = null) =>
        new ImageOcrSelector(max).Select(HtmlPage.Parse($"<html><body>{body}</body></html>", url ?? Page), fallback).Select(u => u.ToString()).ToList();

    [Fact]
    public void Picks_the_contact_banner_and_skips_logo_pixel_avatar_and_icons()
    {
        var picked = Select("""
            <header><a class="logo" href="/"><img src="/img/brand.png" width="180" height="60"></a></header>
            <img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1">
            <img src="/img/spacer.gif" width="1" height="1">
            <img src="/img/team/anna.jpg" class="avatar" width="120" height="120" alt="Anna">
            <img src="/img/phone-icon.svg" width="24" height="24" alt="phone">
            <img src="/img/hero.jpg" width="1600" height="900" alt="Our shop">
            <img src="/img/kontakt-banner.png" width="728" height="90" alt="">
            <div class="social"><img src="/img/whatsapp.png" width="120" height="40"></div>
            """);

        Assert.Equal(["https://shop.example.com/img/kontakt-banner.png"], picked);
    }

    [Theory]
    [InlineData("<img src='/a.png' alt='Call us today'>")]
    [InlineData("<img src='/a.png' alt='0800 123 4567'>")]
    [InlineData("<img src='/img/telefonnummer.png'>")]
    [InlineData("<img src='/a.png' class='contactUs'>")]
    [InlineData("<a href='tel:+14163628820'><img src='/a.png'></a>")]
    [InlineData("<div id='contact'><p><img src='/a.png' width='300' height='50'></p></div>")]
    [InlineData("<footer><img src='/img/banner2.png' width='600' height='80'></footer>")]
    public void Picks_images_with_a_contact_hint(string body) => Assert.Single(Select(body));

    [Theory]
    [InlineData("<img src='/img/product-123.jpg' width='400' height='400' alt='Blue chair'>")]
    [InlineData("<img src='/img/banner.png'>")]
    [InlineData("<img src='/img/hotel-room.jpg' alt='Intel inside'>")]
    [InlineData("<img src='/img/contact-logo.png'>")]
    [InlineData("<img src='/img/phone.png' width='32' height='32'>")]
    [InlineData("<img src='/img/call.png' width='300' height='1'>")]
    [InlineData("<img src='/img/phone.svg'>")]
    [InlineData("<img src='data:image/svg+xml;base64,PHN2Zz4=' alt='phone'>")]
    public void Skips_images_without_a_hint_or_that_cannot_carry_a_number(string body) => Assert.Empty(Select(body));

    [Fact]
    public void Returns_at_most_the_bound_strongest_first()
    {
        var images = string.Concat(Enumerable.Range(1, 8).Select(i => $"<img src='/img/phone{i}.png'>"));
        var picked = Select("<footer><img src='/img/banner.png' width='600' height='80'></footer>" + images + "<img src='/img/hotline.png' alt='Hotline 0800 123 4567' width='400' height='60'>");

        Assert.Equal(5, picked.Count);
        Assert.Equal("https://shop.example.com/img/hotline.png", picked[0]);
        Assert.Equal("https://shop.example.com/img/phone1.png", picked[1]);
        Assert.DoesNotContain("https://shop.example.com/img/banner.png", picked);
    }

    [Fact]
    public void Resolves_relative_sources_against_base_href_or_the_fallback()
    {
        Assert.Equal(["https://cdn.example.net/site/img/phone.png"], Select("<base href='https://cdn.example.net/site/'><img src='img/phone.png'>"));

        var file = new Uri("file:///srv/pages/contact.html");
        var local = HtmlPage.Parse("<img src='img/phone.png'><img src='../shared/kontakt.jpg'>");
        Assert.Equal(
            ["file:///srv/pages/img/phone.png", "file:///srv/shared/kontakt.jpg"],
            new ImageOcrSelector().Select(local, file).Select(u => u.ToString()));
        Assert.Empty(new ImageOcrSelector().Select(local));
    }

    [Fact]
    public void Prefers_the_lazy_loaded_source_over_a_placeholder_and_dedupes()
    {
        var picked = Select("""
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/phone-number.png" alt="phone">
            <img src="/img/phone-number.png" alt="phone">
            """);

        Assert.Equal(["https://shop.example.com/img/phone-number.png"], picked);
    }

    [Fact]
    public void Accepts_an_inline_png_data_image_with_a_hint()
    {
        var data = "data:image/png;base64," + new string('A', 400);

        Assert.Equal([data], Select($"<span class='phone'><img src='{data}'></span>"));
    }
}
