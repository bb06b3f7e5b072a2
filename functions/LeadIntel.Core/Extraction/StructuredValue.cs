namespace LeadIntel.Core.Extraction;

/// <summary>A property value read from a page's structured data (JSON-LD, microdata or RDFa).</summary>
/// <param name="Value">The value as written.</param>
/// <param name="Context">Where it was found, e.g. "LocalBusiness Maple Leaf Dental: telephone".</param>
/// <param name="Country">The ISO 3166 country of the nearest enclosing postal address, when one was given.</param>
public sealed record StructuredValue(string Value, string Context, string? Country);
