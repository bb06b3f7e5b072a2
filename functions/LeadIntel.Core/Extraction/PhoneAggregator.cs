using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// Normalizes raw sightings, dedupes them by E.164 (plus extension) and fuses their confidences.
/// Sightings from several pages or layers can be added before <see cref="Build"/>.
/// </summary>
public sealed class PhoneAggregator
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Adds one sighting; returns false when it is not a valid number.</summary>
    public bool Add(PhoneHit hit, string region)
    {
        if (!PhoneNormalizer.TryNormalize(hit.Raw, hit.RegionHint ?? region, out var phone, hit.Extension))
        {
            return false;
        }

        var key = phone.Extension is null ? phone.E164 : phone.E164 + ";ext=" + phone.Extension;
        if (!_byKey.TryGetValue(key, out var entry))
        {
            entry = new Entry(phone, hit.Raw.Trim());
            _byKey[key] = entry;
            _order.Add(key);
        }

        var evidence = new PhoneEvidence(hit.Layer, hit.Confidence, hit.Context, hit.Box, hit.Source);
        if (!entry.Evidence.Contains(evidence))
        {
            entry.Evidence.Add(evidence);
        }

        return true;
    }

    public void AddRange(IEnumerable<PhoneHit> hits, string region)
    {
        foreach (var hit in hits)
        {
            Add(hit, region);
        }
    }

    /// <summary>Phones ordered by fused confidence, then by first sighting.</summary>
    public IReadOnlyList<Phone> Build()
    {
        return _order
            .Select((key, index) => (Entry: _byKey[key], Index: index))
            .Select(x => (Phone: ToPhone(x.Entry), x.Index))
            .OrderByDescending(x => x.Phone.Confidence)
            .ThenBy(x => x.Index)
            .Select(x => x.Phone)
            .ToList();
    }

    private static Phone ToPhone(Entry entry)
    {
        var p = entry.Normalized;
        var confidence = ConfidenceFusion.Fuse(entry.Evidence.Select(e => (e.Layer, e.Confidence)));
        return new Phone(p.E164, p.National, entry.Raw, p.Extension, p.Type, p.Region, p.Fictional, confidence, entry.Evidence.ToList());
    }

    private sealed record Entry(NormalizedPhone Normalized, string Raw)
    {
        public List<PhoneEvidence> Evidence { get; } = [];
    }
}
