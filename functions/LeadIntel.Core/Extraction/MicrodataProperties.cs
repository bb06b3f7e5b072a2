using AngleSharp.Dom;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// Reads one property from microdata (<c>itemprop="telephone"</c>) and RDFa (<c>property="telephone"</c>,
/// <c>property="schema:telephone"</c>): the <c>content</c> attribute, else a tel:/mailto: link target, else the text.
/// The country comes from an <c>addressCountry</c> inside the nearest enclosing item.
/// </summary>
public static class MicrodataProperties
{
    public static IReadOnlyList<StructuredValue> Find(IDocument document, string property)
    {
        var found = new List<StructuredValue>();
        foreach (var element in document.QuerySelectorAll("[itemprop], [property]"))
        {
            if (!Names(element.GetAttribute("itemprop")).Concat(Names(element.GetAttribute("property"))).Contains(property, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = Value(element);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var item = element.ParentElement?.Closest("[itemscope], [typeof]");
            var country = item is null ? null : AddressCountry.ToRegion(item.QuerySelector("[itemprop~='addressCountry'], [property$='addressCountry']") is { } c ? Value(c) : null);
            found.Add(new StructuredValue(value.Trim(), ContextSnippet.Clean($"{property}: {element.TextContent}"), country));
        }

        return found;
    }

    /// <summary>Property names in an itemprop/property attribute, with RDFa prefixes ("schema:", full IRIs) removed.</summary>
    private static IEnumerable<string> Names(string? attribute) =>
        string.IsNullOrWhiteSpace(attribute)
            ? []
            : attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n[(n.LastIndexOfAny([':', '/', '#']) + 1)..]);

    private static string? Value(IElement element)
    {
        var content = element.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(content))
        {
            return content;
        }

        var href = element.GetAttribute("href")?.Trim();
        foreach (var scheme in (ReadOnlySpan<string>)["tel:", "mailto:"])
        {
            if (href is not null && href.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(href[scheme.Length..]);
            }
        }

        return element.TextContent;
    }
}
