namespace LeadIntel.Core.Model;

/// <summary>
/// Where evidence sits on a rendered page: CSS pixels relative to the document (X, Y, Width, Height)
/// and, when a viewport is known, the same box normalized to the viewport (0..1).
/// </summary>
public sealed record BoundingBox(
    double X,
    double Y,
    double Width,
    double Height,
    double? NormX = null,
    double? NormY = null,
    double? NormWidth = null,
    double? NormHeight = null);
