namespace LeadIntel.Core.Model;

/// <summary>A lower-cased email address with fused confidence and the evidence behind it.</summary>
public sealed record Email(string Address, double Confidence, IReadOnlyList<EmailEvidence> Evidence);
