namespace LeadIntel.Core.Model;

/// <summary>One sighting of an email address by one extraction layer.</summary>
public sealed record EmailEvidence(string Layer, double Confidence, string Context, string? Source = null);
