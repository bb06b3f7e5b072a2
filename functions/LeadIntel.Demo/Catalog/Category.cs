namespace LeadIntel.Demo.Catalog;

/// <summary>A business category as the directory lists it.</summary>
/// <param name="Key">URL-safe key, e.g. <c>dentists</c>.</param>
/// <param name="Label">Plural label shown in filters, e.g. <c>Dentists</c>.</param>
/// <param name="Singular">Singular label shown on cards, e.g. <c>Dentist</c>.</param>
/// <param name="SchemaType">schema.org type written into JSON-LD, e.g. <c>Dentist</c>.</param>
/// <param name="SearchTerms">Query words (lower case, no diacritics) that select this category.</param>
/// <param name="BaseCount">How many businesses of this category a city of scale 1 has.</param>
public sealed record Category(string Key, string Label, string Singular, string SchemaType, IReadOnlyList<string> SearchTerms, int BaseCount);
