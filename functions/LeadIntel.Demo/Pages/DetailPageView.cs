using System.Text;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Pages;

/// <summary>
/// A business's detail page. The facts sit in <c>article.biz-detail</c>; the sidebar carries what a careless
/// extractor would take for the business's own data (other businesses' phones, the listing number, the ad line).
/// </summary>
internal static class DetailPageView
{
    public static string Render(Business b, DirectoryLinks links, BusinessCatalog catalog)
    {
        var pageUrl = links.Absolute(links.Business(b.Slug));
        var website = b.HasWebsite ? links.Absolute(links.Site(b.Slug)) : null;
        var categoryQuery = $"{b.Category.Key} in {b.City.Name}";
        var head = new StringBuilder();
        if (b.HasJsonLd)
        {
            var telephone = b.PhoneStyle switch
            {
                PhoneStyle.TelLink => b.PhoneDisplay,
                PhoneStyle.JsonLdOnly => b.Phone.Formats.FirstOrDefault(f => f.StartsWith('+')) ?? b.Phone.Formats[0],
                _ => null,
            };
            head.Append(LocalBusinessJsonLd.Render(b, pageUrl, website, telephone, b.GeoInJsonLd));
        }

        head.Append(LocalBusinessJsonLd.Breadcrumbs(
        [
            ("Home", links.Absolute(links.Home)),
            (b.City.Name, links.Absolute(links.Search(b.City.Name))),
            (b.Category.Label, links.Absolute(links.Search(categoryQuery))),
            (b.Name, pageUrl),
        ]));
        head.Append($"<link rel=\"canonical\" href=\"{Html.E(pageUrl)}\">");

        var html = new StringBuilder(24 * 1024);
        html.Append($"""
            <nav class="breadcrumbs"><a href="{links.Home}">Home</a> › <a href="{Html.E(links.Search(b.City.Name))}">{Html.E(b.City.Name)}</a> › <a href="{Html.E(links.Search(categoryQuery))}">{Html.E(b.Category.Label)}</a> › <span>{Html.E(b.Name)}</span></nav>
            <div class="layout detail">
            <article class="biz-detail" data-listing-id="{b.ListingId}">
              <header class="biz-header">
                <h1 class="biz-name">{Html.E(b.Name)}</h1>
                <div class="rating" data-rating="{Html.Number(b.Rating)}"><span class="stars" aria-label="{Html.Number(b.Rating)} out of 5 stars">{Html.Stars(b.Rating)}</span> <span class="rating-value">{Html.Number(b.Rating)}</span> <span class="review-count">{b.ReviewCount} reviews</span></div>
                <div class="meta"><a class="category" href="{Html.E(links.Search(categoryQuery))}">{Html.E(b.Category.Singular)}</a> · <span class="price">{Html.Price(b.PriceLevel, b.City.Currency)}</span> · <span class="claimed">✓ Claimed</span></div>
              </header>
              <section class="biz-contact">
                <address class="biz-address">{Html.E(b.Address)}</address>
                <div class="biz-phone-row">{PhoneMarkup.Render(b, links)}</div>
            """);
        if (website is not null)
        {
            html.Append($"<div class=\"biz-website-row\"><a class=\"biz-website\" href=\"{Html.E(website)}\" rel=\"nofollow noopener\" target=\"_blank\">{Html.E(b.WebsiteDomain)}</a></div>");
        }

        if (b.EmailOnDirectory && b.Email is not null)
        {
            html.Append($"<div class=\"biz-email-row\"><a class=\"biz-email\" href=\"mailto:{Html.E(b.Email)}?subject=Enquiry%20via%20LocalSpot\">Email this business</a></div>");
        }

        html.Append($"""
                <div class="directions"><a href="https://www.openstreetmap.org/search?query={Uri.EscapeDataString(b.Address)}" rel="nofollow">Get directions</a></div>
              </section>
              <section class="biz-hours"><h2>Hours</h2><table class="hours">
            """);
        var twelveHour = b.City.CountryCode is "US" or "CA";
        foreach (var hours in b.Hours)
        {
            var (days, times) = hours.ToDisplay(twelveHour);
            html.Append($"<tr><th scope=\"row\">{days}</th><td>{times}</td></tr>");
        }

        html.Append($"""
              </table></section>
              <section class="biz-about"><h2>About the business</h2>
                <p class="description">{Html.E(b.Description)}</p>
                <ul class="facts"><li>Established in {b.Established}</li><li>Listing updated <time datetime="{Html.IsoDate(b.UpdatedOn)}">{Html.Date(b.UpdatedOn)}</time></li><li>Price range {Html.Price(b.PriceLevel, b.City.Currency)}</li></ul>
              </section>
              {Map(b)}
              <section class="reviews"><h2>Recommended reviews</h2>
            """);
        foreach (var review in b.Reviews)
        {
            html.Append($"""
                <div class="review"><span class="author">{Html.E(review.Author)}</span> <span class="stars" aria-label="{review.Stars} stars">{new string('★', review.Stars)}</span> <time datetime="{Html.IsoDate(review.Date)}">{Html.Date(review.Date)}</time><p>{Html.E(review.Text)}</p><span class="helpful">Helpful ({review.Stars * 3 - 2})</span></div>
                """);
        }

        html.Append("</section></article>");
        AppendSidebar(html, b, links, catalog);
        html.Append("</div>");
        return DirectoryLayout.Render(links, $"{b.Name} - {b.Category.Singular} in {b.City.Name}", html.ToString(), categoryQuery, head.ToString(), $"en-{b.City.CountryCode}");
    }

    private static string Map(Business b) => b.GeoInJsonLd
        ? "<div class=\"map\" id=\"map\" data-zoom=\"15\" role=\"img\" aria-label=\"Map\"></div>"
        : $"<div class=\"map\" id=\"map\" data-lat=\"{Html.Number(b.Latitude)}\" data-lng=\"{Html.Number(b.Longitude)}\" data-zoom=\"15\" role=\"img\" aria-label=\"Map\"></div>";

    private static void AppendSidebar(StringBuilder html, Business b, DirectoryLinks links, BusinessCatalog catalog)
    {
        html.Append("<aside class=\"sidebar\"><div class=\"also-viewed\"><h3>People also viewed</h3><ul>");
        foreach (var other in catalog.Businesses.Where(o => o.City == b.City && o.Category == b.Category && o.Slug != b.Slug).Take(3))
        {
            html.Append($"<li><a href=\"{Html.E(links.Business(other.Slug))}\">{Html.E(other.Name)}</a> <span class=\"muted\">{Html.Number(other.Rating)} ★ · {Html.E(other.Phone.Formats[0])}</span></li>");
        }

        html.Append($"""
            </ul></div>
            <div class="listing-meta muted">Listing ID {b.ListingId} · <a href="#report">Report an error</a></div>
            <div class="ad-box"><strong>Own this business?</strong> Claim your free listing or call {DirectoryLayout.AdvertisingPhone}.</div>
            </aside>
            """);
    }
}
