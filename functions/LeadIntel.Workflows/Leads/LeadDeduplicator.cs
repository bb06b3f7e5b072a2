using System.Globalization;
using System.Text;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Platforms;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// Merges leads that are the same business or person across platforms and queries. Two leads are the
/// same when they share a non-fictional E.164 number, a website (<see cref="SiteUrl.DedupeKey"/>), or a
/// normalized name together with a normalized address. Sameness is transitive (union-find), and the
/// merged lead keeps the first sighting's identity plus every contact and missing field of the others.
/// </summary>
public static class LeadDeduplicator
{
    public static DedupeResult Dedupe(IReadOnlyList<Lead> leads)
    {
        var parent = Enumerable.Range(0, leads.Count).ToArray();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < leads.Count; i++)
        {
            foreach (var key in Keys(leads[i]))
            {
                if (owner.TryGetValue(key, out var j))
                {
                    Union(parent, i, j);
                }
                else
                {
                    owner[key] = i;
                }
            }
        }

        var merged = Enumerable.Range(0, leads.Count)
            .GroupBy(i => Find(parent, i))
            .OrderBy(g => g.Min())
            .Select(g => Merge(g.Order().Select(i => leads[i]).ToList()))
            .ToList();
        return new DedupeResult(merged, leads.Count - merged.Count);
    }

    internal static IEnumerable<string> Keys(Lead lead)
    {
        foreach (var phone in lead.Phones.Where(p => !p.Fictional))
        {
            yield return "tel:" + phone.E164 + (phone.Extension is null ? "" : ";ext=" + phone.Extension);
        }

        if (SiteUrl.DedupeKey(lead.Website) is { } site)
        {
            yield return "web:" + site;
        }

        if (!string.IsNullOrWhiteSpace(lead.Address) && Normalize(lead.Name) is { Length: > 0 } name)
        {
            yield return "name:" + name + "|" + Normalize(lead.Address);
        }
    }

    /// <summary>Lower case, accents and punctuation removed, whitespace collapsed.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static Lead Merge(IReadOnlyList<Lead> same)
    {
        var first = same[0];
        if (same.Count == 1)
        {
            return first;
        }

        return first with
        {
            Website = first.Website ?? same.Select(l => l.Website).FirstOrDefault(w => w is not null),
            Phones = ContactMerge.Phones(same.SelectMany(l => l.Phones)),
            Emails = ContactMerge.Emails(same.SelectMany(l => l.Emails)),
            Category = first.Category ?? same.Select(l => l.Category).FirstOrDefault(c => c is not null),
            Address = first.Address ?? same.Select(l => l.Address).FirstOrDefault(a => a is not null),
            Latitude = first.Latitude ?? same.Select(l => l.Latitude).FirstOrDefault(x => x is not null),
            Longitude = first.Longitude ?? same.Select(l => l.Longitude).FirstOrDefault(x => x is not null),
            Description = first.Description ?? same.Select(l => l.Description).FirstOrDefault(d => d is not null),
        };
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            // The earlier sighting stays the root, so the merged lead keeps its identity.
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
