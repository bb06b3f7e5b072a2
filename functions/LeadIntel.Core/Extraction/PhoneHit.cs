using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction;

/// <summary>A raw phone sighting from one layer, before normalization.</summary>
/// <param name="Raw">The text that looked like a phone (may carry an extension).</param>
/// <param name="Extension">Extension digits when the layer separated them already.</param>
/// <param name="RegionHint">A region the layer knows better than the page (e.g. JSON-LD address country).</param>
public sealed record PhoneHit(
    string Raw,
    string Layer,
    double Confidence,
    string Context,
    string? Extension = null,
    string? RegionHint = null,
    BoundingBox? Box = null,
    string? Source = null);
