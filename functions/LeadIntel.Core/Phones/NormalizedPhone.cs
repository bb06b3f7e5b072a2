namespace LeadIntel.Core.Phones;

/// <summary>A raw phone string after libphonenumber parsing and validation.</summary>
public sealed record NormalizedPhone(string E164, string National, string? Extension, string Type, string Region, bool Fictional);
