using System.Text.Json;
using AngleSharp.Dom;
using PhoneNumbers;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// Refines the caller's default region from the page's own signals. Strongest first:
/// the country of a JSON-LD postal address, the URL's country-code TLD, the region subtag of <c>lang</c>.
/// A signal only counts when libphonenumber knows the region.
/// </summary>
public static class PageRegion
{
    private static readonly HashSet<string> Supported = PhoneNumberUtil.GetInstance().GetSupportedRegions().ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> TldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uk"] = "GB",
    };

    public static string Detect(IDocument document, Uri? url, string defaultRegion)
    {
        return FromJsonLd(document) ?? FromTld(url) ?? FromLang(document) ?? defaultRegion;
    }

    public static bool IsSupported(string region) => Supported.Contains(region);

    internal static string? FromTld(Uri? url)
    {
        if (url is null || url.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var host = url.Host;
        var dot = host.LastIndexOf('.');
        if (dot < 0 || host.Length - dot - 1 != 2)
        {
            return null;
        }

        var tld = host[(dot + 1)..];
        var region = TldAliases.GetValueOrDefault(tld, tld.ToUpperInvariant());
        return Supported.Contains(region) ? region : null;
    }

    internal static string? FromLang(IDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        var parts = lang.Split('-', '_');
        if (parts.Length < 2 || parts[1].Length != 2)
        {
            return null;
        }

        var region = parts[1].ToUpperInvariant();
        return Supported.Contains(region) ? region : null;
    }

    internal static string? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var country = FindCountry(json.RootElement, 0);
                if (country is not null)
                {
                    return country;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; other signals still apply.
            }
        }

        return null;
    }

    private static string? FindCountry(JsonElement element, int depth)
    {
        if (depth > 12)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    var found = FindCountry(item, depth + 1);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("addressCountry"))
                    {
                        var value = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => property.Value.GetString(),
                            JsonValueKind.Object when property.Value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                            _ => null,
                        };
                        if (value is { Length: 2 } && Supported.Contains(value))
                        {
                            return value.ToUpperInvariant();
                        }
                    }
                    else
                    {
                        var found = FindCountry(property.Value, depth + 1);
                        if (found is not null)
                        {
                            return found;
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
