using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// Unions phones (by E.164 and extension) and emails (by address) from several sightings of one lead,
/// keeping every piece of evidence once and fusing confidences again with the Core rule.
/// </summary>
public static class ContactMerge
{
    public static IReadOnlyList<Phone> Phones(IEnumerable<Phone> phones) => phones
        .GroupBy(p => (p.E164, p.Extension))
        .Select(g =>
        {
            var first = g.First();
            var evidence = g.SelectMany(p => p.Evidence).Distinct().ToList();
            return first with { Evidence = evidence, Confidence = ConfidenceFusion.Fuse(evidence.Select(e => (e.Layer, e.Confidence))) };
        })
        .OrderByDescending(p => p.Confidence)
        .ToList();

    public static IReadOnlyList<Email> Emails(IEnumerable<Email> emails) => emails
        .GroupBy(e => e.Address, StringComparer.Ordinal)
        .Select(g =>
        {
            var evidence = g.SelectMany(e => e.Evidence).Distinct().ToList();
            return g.First() with { Evidence = evidence, Confidence = ConfidenceFusion.Fuse(evidence.Select(e => (e.Layer, e.Confidence))) };
        })
        .OrderByDescending(e => e.Confidence)
        .ToList();
}
