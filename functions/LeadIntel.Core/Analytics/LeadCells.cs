using LeadIntel.Core.Model;

namespace LeadIntel.Core.Analytics;

/// <summary>
/// Where a lead counts: once in total, under its platform and category, under every extraction layer that
/// saw one of its phones or emails, and under each phone type and phone region it has (<c>none</c> without phones).
/// </summary>
public static class LeadCells
{
    private const int MaxValueLength = 100;

    public static IEnumerable<LeadCell> Of(Lead lead)
    {
        var phones = lead.Phones;
        yield return new LeadCell(AnalyticsDimension.Total, AnalyticsDimension.All, phones);
        yield return new LeadCell(AnalyticsDimension.Platform, Clean(lead.Platform, "unknown").ToLowerInvariant(), phones);
        yield return new LeadCell(AnalyticsDimension.Category, Clean(lead.Category, AnalyticsDimension.Uncategorised), phones);

        var layers = new SortedSet<string>(StringComparer.Ordinal);
        layers.UnionWith(phones.SelectMany(p => p.Evidence).Select(e => e.Layer));
        layers.UnionWith(lead.Emails.SelectMany(e => e.Evidence).Select(e => e.Layer));
        foreach (var layer in layers)
        {
            yield return new LeadCell(AnalyticsDimension.Layer, layer, phones.Where(p => p.Evidence.Any(e => e.Layer == layer)).ToList());
        }

        if (phones.Count == 0)
        {
            yield return new LeadCell(AnalyticsDimension.PhoneType, AnalyticsDimension.None, phones);
            yield return new LeadCell(AnalyticsDimension.Region, AnalyticsDimension.None, phones);
            yield break;
        }

        foreach (var group in phones.GroupBy(p => Clean(p.Type, "unknown")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return new LeadCell(AnalyticsDimension.PhoneType, group.Key, group.ToList());
        }

        foreach (var group in phones.GroupBy(p => Clean(p.Region, "ZZ").ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return new LeadCell(AnalyticsDimension.Region, group.Key, group.ToList());
        }
    }

    private static string Clean(string? value, string fallback)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return fallback;
        }

        return trimmed.Length > MaxValueLength ? trimmed[..MaxValueLength] : trimmed;
    }
}
