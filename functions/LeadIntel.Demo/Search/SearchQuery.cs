using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Search;

/// <summary>
/// A search box query read the way local directories read it: words naming a category or a city select them,
/// filler words are ignored, and any other word must appear in the business name.
/// "dentists in Toronto" → category dentists, city Toronto.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlySet<Category> Categories, IReadOnlySet<City> Cities, IReadOnlyList<string> NameTerms)
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "in", "near", "at", "the", "of", "for", "best", "top", "me", "and", "a", "an", "local", "around", "shop", "shops",
        "service", "services", "open", "now", "cheap",
    };

    public static SearchQuery Parse(string? text)
    {
        var folded = $" {Slug.Fold(text ?? string.Empty)} ";
        var cities = new HashSet<City>();
        // Longest phrases first so "new york city" wins over "new york".
        foreach (var (city, term) in Catalog.Cities.All.SelectMany(c => c.SearchTerms.Select(t => (City: c, Term: t))).OrderByDescending(x => x.Term.Length))
        {
            var phrase = $" {term} ";
            if (folded.Contains(phrase, StringComparison.Ordinal))
            {
                cities.Add(city);
                folded = folded.Replace(phrase, " ", StringComparison.Ordinal);
            }
        }

        var categories = new HashSet<Category>();
        var nameTerms = new List<string>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var category = Catalog.Categories.All.FirstOrDefault(c => c.SearchTerms.Contains(word));
            if (category is not null)
            {
                categories.Add(category);
            }
            else if (!FillerWords.Contains(word))
            {
                nameTerms.Add(word);
            }
        }

        return new SearchQuery((text ?? string.Empty).Trim(), categories, cities, nameTerms);
    }

    public bool Matches(Business business) =>
        (Categories.Count == 0 || Categories.Contains(business.Category))
        && (Cities.Count == 0 || Cities.Contains(business.City))
        && NameTerms.All(term => $" {Slug.Fold(business.Name)} ".Contains($" {term}", StringComparison.Ordinal));
}
