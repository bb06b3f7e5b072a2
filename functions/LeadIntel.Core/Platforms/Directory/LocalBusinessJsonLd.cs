using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace LeadIntel.Core.Platforms.Directory;

/// <summary>
/// The schema.org LocalBusiness (or subtype) a page describes in JSON-LD: the first object in any
/// <c>application/ld+json</c> block (arrays and <c>@graph</c> included) that has a name and an address, geo or telephone.
/// </summary>
public sealed record LocalBusinessJsonLd(
    string? Type,
    string? Name,
    string? Telephone,
    string? Email,
    string? Url,
    string? Address,
    string? AddressCountry,
    double? Latitude,
    double? Longitude,
    double? Rating,
    int? ReviewsCount,
    IReadOnlyList<string> OpeningHours)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static LocalBusinessJsonLd? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                var business = Candidates(json.RootElement).FirstOrDefault(IsBusiness);
                if (business.ValueKind == JsonValueKind.Object)
                {
                    return Read(business);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the HTML still has the facts.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Candidates))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Candidates(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsBusiness(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object
        && String(e, "name") is not null
        && (e.TryGetProperty("address", out _) || e.TryGetProperty("geo", out _) || e.TryGetProperty("telephone", out _));

    private static LocalBusinessJsonLd Read(JsonElement e)
    {
        string? address = null;
        string? country = null;
        if (e.TryGetProperty("address", out var a))
        {
            if (a.ValueKind == JsonValueKind.String)
            {
                address = a.GetString();
            }
            else if (a.ValueKind == JsonValueKind.Object)
            {
                var regionAndPostcode = string.Join(' ', new[] { String(a, "addressRegion"), String(a, "postalCode") }.Where(s => !string.IsNullOrEmpty(s)));
                address = string.Join(", ", new[] { String(a, "streetAddress"), String(a, "addressLocality"), regionAndPostcode }.Where(s => !string.IsNullOrEmpty(s)));
                country = a.TryGetProperty("addressCountry", out var c) && c.ValueKind == JsonValueKind.Object ? String(c, "name") : String(a, "addressCountry");
            }
        }

        e.TryGetProperty("geo", out var geo);
        e.TryGetProperty("aggregateRating", out var rating);
        var ratingObject = rating.ValueKind == JsonValueKind.Object;
        return new LocalBusinessJsonLd(
            String(e, "@type"),
            String(e, "name"),
            String(e, "telephone"),
            String(e, "email"),
            String(e, "url"),
            string.IsNullOrEmpty(address) ? null : address,
            country,
            geo.ValueKind == JsonValueKind.Object ? Number(geo, "latitude") : null,
            geo.ValueKind == JsonValueKind.Object ? Number(geo, "longitude") : null,
            ratingObject ? Number(rating, "ratingValue") : null,
            ratingObject ? (int?)(Number(rating, "reviewCount") ?? Number(rating, "ratingCount")) : null,
            Strings(e, "openingHours"));
    }

    /// <summary>A string property; for an array, its first string.</summary>
    private static string? String(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault(v => v.ValueKind == JsonValueKind.String) : value;
        return first.ValueKind == JsonValueKind.String ? first.GetString()?.Trim() : null;
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!.Trim()]
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).ToList()
        : [];

    /// <summary>A number written as a JSON number or a string.</summary>
    private static double? Number(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
