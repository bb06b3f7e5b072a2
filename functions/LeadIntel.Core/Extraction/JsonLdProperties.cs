using System.Text.Json;
using AngleSharp.Dom;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// Reads one property (e.g. <c>telephone</c>, <c>email</c>) from every JSON-LD block of a page, anywhere in the
/// tree: <c>@graph</c>, top-level arrays, nested location/department/contactPoint objects; string or array values.
/// Each value carries the country of the nearest enclosing object's address. Broken JSON is skipped.
/// </summary>
public static class JsonLdProperties
{
    private const int MaxDepth = 24;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<StructuredValue> Find(IDocument document, string property)
    {
        var found = new List<StructuredValue>();
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                Walk(json.RootElement, property, null, string.Empty, 0, found);
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the page's other layers still apply.
            }
        }

        return found;
    }

    private static void Walk(JsonElement element, string property, string? country, string label, int depth, List<StructuredValue> found)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, property, country, label, depth + 1, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        country = OwnCountry(element) ?? country;
        label = Label(element) ?? label;
        foreach (var member in element.EnumerateObject())
        {
            if (member.NameEquals(property))
            {
                foreach (var value in Strings(member.Value))
                {
                    found.Add(new StructuredValue(value, ContextSnippet.Clean($"{label}: {property}".TrimStart(':', ' ')), country));
                }
            }
            else if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Walk(member.Value, property, country, label, depth + 1, found);
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
        _ => [],
    };

    private static string? OwnCountry(JsonElement element)
    {
        if (!element.TryGetProperty("address", out var address))
        {
            return null;
        }

        foreach (var item in address.ValueKind == JsonValueKind.Array ? address.EnumerateArray().ToList() : [address])
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("addressCountry", out var country))
            {
                var value = country.ValueKind switch
                {
                    JsonValueKind.String => country.GetString(),
                    JsonValueKind.Object when country.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                    _ => null,
                };
                if (AddressCountry.ToRegion(value) is { } region)
                {
                    return region;
                }
            }
        }

        return null;
    }

    private static string? Label(JsonElement element)
    {
        var type = element.TryGetProperty("@type", out var t) ? Strings(t).FirstOrDefault() : null;
        var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var label = $"{type} {name}".Trim();
        return label.Length > 0 ? label : null;
    }
}
