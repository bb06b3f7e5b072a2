namespace LeadIntel.Core.Model;

/// <summary>One sighting of a phone number by one extraction layer.</summary>
/// <param name="Layer">The layer name, one of <see cref="ExtractionLayers"/>.</param>
/// <param name="Confidence">That layer's confidence for this sighting (0..1).</param>
/// <param name="Context">A short snippet around the sighting, whitespace collapsed.</param>
/// <param name="Box">Where it was drawn, when a browser rendered the page.</param>
/// <param name="Source">The page URL or file it came from, when it differs from the lead's own page.</param>
public sealed record PhoneEvidence(
    string Layer,
    double Confidence,
    string Context,
    BoundingBox? Box = null,
    string? Source = null);
