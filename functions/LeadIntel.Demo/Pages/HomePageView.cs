using System.Text;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Pages;

/// <summary>The directory's front page: popular searches by city and category.</summary>
internal static class HomePageView
{
    public static string Render(DirectoryLinks links, BusinessCatalog catalog)
    {
        var html = new StringBuilder();
        html.Append("<main class=\"home\" style=\"max-width:1180px;margin:24px auto;padding:0 24px\"><h1>Find great local businesses</h1>");
        html.Append($"<p class=\"muted\">{catalog.Businesses.Count} businesses in {Cities.All.Count} cities. Try <a href=\"{Html.E(links.Search("dentists in Toronto"))}\">dentists in Toronto</a>.</p>");
        foreach (var city in Cities.All)
        {
            html.Append($"<section class=\"city\"><h2><a href=\"{Html.E(links.Search(city.Name))}\">{Html.E(city.Name)}</a></h2><ul>");
            foreach (var category in Categories.All)
            {
                var count = catalog.Businesses.Count(b => b.City == city && b.Category == category);
                html.Append($"<li><a href=\"{Html.E(links.Search($"{category.Key} in {city.Name}"))}\">{Html.E(category.Label)} in {Html.E(city.Name)}</a> <span class=\"count\">({count})</span></li>");
            }

            html.Append("</ul></section>");
        }

        html.Append("</main>");
        return DirectoryLayout.Render(links, "Find local businesses", html.ToString());
    }

    public static string NotFound(DirectoryLinks links) => DirectoryLayout.Render(
        links,
        "Page not found",
        $"<main style=\"max-width:1180px;margin:24px auto;padding:0 24px\"><h1>We couldn't find that page</h1><p>The listing may have closed or moved. <a href=\"{links.Home}\">Back to LocalSpot</a></p></main>");
}
