namespace LeadIntel.Demo.Catalog;

/// <summary>The categories the demo directory lists, most common first.</summary>
public static class Categories
{
    public static Category Dentists { get; } = new("dentists", "Dentists", "Dentist", "Dentist",
        ["dentist", "dentists", "dental", "dentistry", "zahnarzt", "zahnarzte", "dentiste", "dentistes"], 12);

    public static Category Cafes { get; } = new("cafes", "Cafés", "Café", "CafeOrCoffeeShop",
        ["cafe", "cafes", "coffee", "coffeeshop", "coffeeshops", "kaffee"], 9);

    public static Category Plumbers { get; } = new("plumbers", "Plumbers", "Plumber", "Plumber",
        ["plumber", "plumbers", "plumbing", "klempner", "sanitar", "plombier", "plombiers"], 7);

    public static Category Lawyers { get; } = new("lawyers", "Lawyers", "Lawyer", "Attorney",
        ["lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "law", "anwalt", "rechtsanwalt", "avocat", "avocats"], 6);

    public static Category Electricians { get; } = new("electricians", "Electricians", "Electrician", "Electrician",
        ["electrician", "electricians", "electrical", "elektriker", "electricien", "electriciens"], 4);

    public static Category Accountants { get; } = new("accountants", "Accountants", "Accountant", "AccountingService",
        ["accountant", "accountants", "accounting", "cpa", "bookkeeping", "bookkeeper", "steuerberater", "comptable", "comptables"], 4);

    public static IReadOnlyList<Category> All { get; } = [Dentists, Cafes, Plumbers, Lawyers, Electricians, Accountants];
}
