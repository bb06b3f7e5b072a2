namespace LeadIntel.Demo.Catalog;

/// <summary>A customer review shown on a detail page (noise around the facts: dates, prices, star counts).</summary>
public sealed record Review(string Author, DateOnly Date, int Stars, string Text);
