namespace LeadIntel.Core.Extraction;

/// <summary>A raw email sighting from one layer, before validation and dedupe.</summary>
public sealed record EmailHit(string Address, string Layer, double Confidence, string Context, string? Source = null);
