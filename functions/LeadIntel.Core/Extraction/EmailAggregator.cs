using LeadIntel.Core.Emails;
using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Extraction;

/// <summary>Validates raw email sightings, dedupes them case-insensitively and fuses their confidences.</summary>
public sealed class EmailAggregator
{
    private readonly Dictionary<string, List<EmailEvidence>> _byAddress = new(StringComparer.Ordinal);

    public bool Add(EmailHit hit)
    {
        if (!EmailAddress.TryNormalize(hit.Address, out var address))
        {
            return false;
        }

        if (!_byAddress.TryGetValue(address, out var evidence))
        {
            evidence = [];
            _byAddress[address] = evidence;
        }

        var item = new EmailEvidence(hit.Layer, hit.Confidence, hit.Context, hit.Source);
        if (!evidence.Contains(item))
        {
            evidence.Add(item);
        }

        return true;
    }

    public void AddRange(IEnumerable<EmailHit> hits)
    {
        foreach (var hit in hits)
        {
            Add(hit);
        }
    }

    public IReadOnlyList<Email> Build() => _byAddress
        .Select(kv => new Email(kv.Key, ConfidenceFusion.Fuse(kv.Value.Select(e => (e.Layer, e.Confidence))), kv.Value.ToList()))
        .OrderByDescending(e => e.Confidence)
        .ToList();
}
