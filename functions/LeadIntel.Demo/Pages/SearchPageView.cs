using System.Text;
using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Search;

namespace LeadIntel.Demo.Pages;

/// <summary>The search results page: filters sidebar, a sponsored card, result cards and pagination.</summary>
internal static class SearchPageView
{
    public static string Render(SearchResultPage result, DirectoryLinks links, BusinessCatalog catalog)
    {
        var query = result.Query;
        var html = new StringBuilder(24 * 1024);
        html.Append("<div class=\"layout\">");
        AppendFilters(html, result, links);
        html.Append("<main class=\"results-main\">");
        html.Append($"<h1>{Html.E(Heading(query))}</h1>");
        if (result.Items.Count == 0)
        {
            html.Append($"<p class=\"no-results\" data-total=\"{result.Total}\">No businesses match “{Html.E(query.Text)}”. Try a category such as dentists, plumbers or cafés and a city.</p>");
        }
        else
        {
            var last = result.FirstIndex + result.Items.Count - 1;
            html.Append($"<p class=\"result-summary\" data-total=\"{result.Total}\">Showing {result.FirstIndex}–{last} of {result.Total} results for “{Html.E(query.Text)}”</p>");
            html.Append("<div class=\"sort\">Sort by: <strong>Recommended</strong> · <a href=\"#\">Highest rated</a> · <a href=\"#\">Most reviewed</a></div>");
            AppendSponsored(html, result, links, catalog);
            html.Append("<ol class=\"results\">");
            for (var i = 0; i < result.Items.Count; i++)
            {
                AppendCard(html, result.Items[i], result.FirstIndex + i, links);
            }

            html.Append("</ol>");
        }

        AppendPagination(html, result, links);
        html.Append("</main></div>");
        return DirectoryLayout.Render(links, Heading(query), html.ToString(), query.Text);
    }

    private static string Heading(SearchQuery query)
    {
        if (query.Categories.Count == 0 && query.Cities.Count == 0)
        {
            return query.Text.Length == 0 ? "All businesses" : $"Results for “{query.Text}”";
        }

        var what = query.Categories.Count == 0 ? "Businesses" : string.Join(" & ", query.Categories.Select(c => c.Label));
        return query.Cities.Count == 0 ? what : $"{what} in {string.Join(" & ", query.Cities.Select(c => c.Name))}";
    }

    private static void AppendFilters(StringBuilder html, SearchResultPage result, DirectoryLinks links)
    {
        var city = result.Query.Cities.FirstOrDefault();
        var category = result.Query.Categories.FirstOrDefault();
        html.Append("<aside class=\"filters\"><h2>Filters</h2><section><h3>Category</h3><ul>");
        foreach (var (c, count) in result.CategoryCounts)
        {
            var q = city is null ? c.Key : $"{c.Key} in {city.Name}";
            html.Append($"<li><a href=\"{Html.E(links.Search(q))}\">{Html.E(c.Label)}</a> <span class=\"count\">({count})</span></li>");
        }

        html.Append("</ul></section><section><h3>City</h3><ul>");
        foreach (var (c, count) in result.CityCounts)
        {
            var q = category is null ? c.Name : $"{category.Key} in {c.Name}";
            html.Append($"<li><a href=\"{Html.E(links.Search(q))}\">{Html.E(c.Name)}, {c.CountryCode}</a> <span class=\"count\">({count})</span></li>");
        }

        html.Append("""
            </ul></section>
            <section><h3>Rating</h3>
              <label><input type="checkbox" name="min_rating" value="4.5"> 4.5+ ★</label><br>
              <label><input type="checkbox" name="min_rating" value="4"> 4.0+ ★</label><br>
              <label><input type="checkbox" name="min_rating" value="3.5"> 3.5+ ★</label>
            </section>
            <section><h3>Price</h3><label><input type="checkbox" name="price" value="1"> $</label> <label><input type="checkbox" name="price" value="2"> $$</label> <label><input type="checkbox" name="price" value="3"> $$$</label> <label><input type="checkbox" name="price" value="4"> $$$$</label></section>
            <section><h3>Features</h3><label><input type="checkbox" name="open_now"> Open now</label><br><label><input type="checkbox" name="online_booking"> Online booking</label></section>
            </aside>
            """);
    }

    // An ad for a business outside the query, the way directories sell the top slot: not a search result.
    private static void AppendSponsored(StringBuilder html, SearchResultPage result, DirectoryLinks links, BusinessCatalog catalog)
    {
        var businesses = catalog.Businesses;
        var ad = businesses[(result.Page * 37 + result.Total * 11) % businesses.Count];
        if (result.Query.Matches(ad))
        {
            return;
        }

        html.Append($"""
            <div class="sponsored-card" data-ad-id="ad-{ad.ListingId[..6]}">
              <span class="muted">Sponsored</span>
              <a class="sponsored-link" href="{Html.E(links.Business(ad.Slug))}?ref=ad">{Html.E(ad.Name)}</a>
              <span class="category">{Html.E(ad.Category.Singular)}</span> · {Html.E(ad.City.Name)} · <span class="stars">{Html.Stars(ad.Rating)}</span> {Html.Number(ad.Rating)}
            </div>
            """);
    }

    private static void AppendCard(StringBuilder html, Business b, int rank, DirectoryLinks links)
    {
        var review = b.Reviews[0];
        html.Append($"""
            <li class="result-card" data-listing-id="{b.ListingId}" data-slug="{b.Slug}">
              <img class="thumb" src="{links.Asset("thumb.svg")}" alt="" width="96" height="96" loading="lazy">
              <div class="card-body">
                <h2 class="biz-name"><span class="rank">{rank}.</span> <a class="biz-link" href="{Html.E(links.Business(b.Slug))}">{Html.E(b.Name)}</a></h2>
                <div class="rating" data-rating="{Html.Number(b.Rating)}"><span class="stars" aria-label="{Html.Number(b.Rating)} out of 5 stars">{Html.Stars(b.Rating)}</span> <span class="rating-value">{Html.Number(b.Rating)}</span> <span class="review-count">({b.ReviewCount} reviews)</span></div>
                <div class="meta"><span class="category">{Html.E(b.Category.Singular)}</span> · <span class="price">{Html.Price(b.PriceLevel, b.City.Currency)}</span> · <span class="since">Since {b.Established}</span></div>
                <address class="address">{Html.E(b.Address)}</address>
                <p class="snippet">“{Html.E(Truncate(review.Text, 90))}” <time datetime="{Html.IsoDate(review.Date)}">{Html.Date(review.Date)}</time></p>
              </div>
            </li>
            """);
    }

    private static void AppendPagination(StringBuilder html, SearchResultPage result, DirectoryLinks links)
    {
        if (result.TotalPages <= 1)
        {
            return;
        }

        var q = result.Query.Text;
        html.Append("<nav class=\"pagination\" aria-label=\"Pagination\">");
        if (result.Page > 1)
        {
            html.Append($"<a class=\"prev\" rel=\"prev\" href=\"{Html.E(links.Search(q, Math.Min(result.Page - 1, result.TotalPages)))}\">‹ Previous</a>");
        }

        for (var p = 1; p <= result.TotalPages; p++)
        {
            // A window of pages around the current one, the first and the last; gaps shown as an ellipsis.
            var shown = p == 1 || p == result.TotalPages || Math.Abs(p - result.Page) <= 2;
            if (!shown)
            {
                if (p == 2 || p == result.TotalPages - 1)
                {
                    html.Append("<span class=\"gap\">…</span>");
                }

                continue;
            }

            html.Append(p == result.Page
                ? $"<span class=\"page current\" aria-current=\"page\">{p}</span>"
                : $"<a class=\"page\" href=\"{Html.E(links.Search(q, p))}\">{p}</a>");
        }

        if (result.HasNext)
        {
            html.Append($"<a class=\"next\" rel=\"next\" href=\"{Html.E(links.Search(q, result.Page + 1))}\">Next ›</a>");
        }

        html.Append("</nav>");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
