using System.Text.Json.Nodes;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Pages;

/// <summary>schema.org JSON-LD for a business, as directories and business websites embed it.</summary>
internal static class LocalBusinessJsonLd
{
    /// <param name="id">The page's own URL (<c>@id</c>).</param>
    /// <param name="telephone">The number to publish, or null to leave <c>telephone</c> out.</param>
    /// <param name="includeGeo">Whether to publish <c>geo</c>.</param>
    public static string Render(Business b, string id, string? website, string? telephone, bool includeGeo, string? email = null)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = b.Category.SchemaType,
            ["@id"] = id,
            ["name"] = b.Name,
        };
        if (website is not null)
        {
            json["url"] = website;
        }

        if (telephone is not null)
        {
            json["telephone"] = telephone;
        }

        if (email is not null)
        {
            json["email"] = email;
        }

        var address = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = b.StreetLine, ["addressLocality"] = b.City.Name };
        if (b.City.RegionCode.Length > 0)
        {
            address["addressRegion"] = b.City.RegionCode;
        }

        address["postalCode"] = b.PostalCode;
        address["addressCountry"] = b.City.CountryCode;
        json["address"] = address;
        if (includeGeo)
        {
            json["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = b.Latitude, ["longitude"] = b.Longitude };
        }

        json["aggregateRating"] = new JsonObject { ["@type"] = "AggregateRating", ["ratingValue"] = b.Rating, ["reviewCount"] = b.ReviewCount, ["bestRating"] = 5 };
        json["openingHours"] = new JsonArray(b.Hours.Select(h => (JsonNode?)h.ToSchema()).ToArray());
        json["priceRange"] = Html.Price(b.PriceLevel, b.City.Currency);
        return Script(json);
    }

    /// <summary>The breadcrumb trail as BreadcrumbList, a second JSON-LD block parsers must skip.</summary>
    public static string Breadcrumbs(IReadOnlyList<(string Name, string Url)> crumbs)
    {
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
        {
            items.Add(new JsonObject { ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = crumbs[i].Name, ["item"] = crumbs[i].Url });
        }

        return Script(new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items });
    }

    // The default encoder escapes <, > and & so no value can close the script element.
    private static string Script(JsonObject json) => $"<script type=\"application/ld+json\">{json.ToJsonString()}</script>";
}
