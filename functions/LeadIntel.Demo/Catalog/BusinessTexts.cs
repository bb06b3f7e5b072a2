namespace LeadIntel.Demo.Catalog;

/// <summary>
/// Descriptions and reviews. Reviews deliberately carry digits that are not phones (prices, waits, dates, years),
/// because real listings do and extraction precision is measured against them.
/// </summary>
internal static class BusinessTexts
{
    private static readonly string[] Authors =
    [
        "Priya S.", "Tom K.", "Aisha M.", "Daniel R.", "Mei L.", "Lukas B.", "Chloé D.", "Sam W.", "Olivia P.", "Marco G.",
        "Hannah F.", "Kwame A.", "Sofia N.", "Jack T.", "Amélie R.", "Noah C.",
    ];

    private static readonly Dictionary<string, string[]> ReviewTemplates = new()
    {
        ["dentists"] =
        [
            "Cleaning and check-up came to {price}, fair for the area. Dr. was gentle and explained every step.",
            "Booked online at 7:45 and was seen within {minutes} minutes. Great with nervous patients like me.",
            "Had a crown done in {year}; still perfect. Reception double-booked me once but fixed it fast.",
        ],
        ["cafes"] =
        [
            "Flat white for {price} and the almond croissant is worth the {minutes}-minute queue on Saturdays.",
            "Wi-Fi is fast, plugs at every table. Been coming here since {year}.",
            "Tried the single origin pour-over ({price}). Friendly baristas, a bit loud around 12:30.",
        ],
        ["plumbers"] =
        [
            "Burst pipe at 11 pm, they arrived in {minutes} minutes. Call-out fee {price}, no surprises on the bill.",
            "Replaced our water heater (50 gal) in one afternoon. Quote matched the invoice to the cent.",
            "Used them twice since {year}. Punctual, tidy, and they put shoe covers on.",
        ],
        ["lawyers"] =
        [
            "Handled our lease dispute; first consultation was {price} and credited against the retainer.",
            "Clear about fees from day one. Case settled in {minutes} days instead of going to court.",
            "Helped with my will and power of attorney in {year}. Very patient with questions.",
        ],
        ["electricians"] =
        [
            "Panel upgrade to 200 A done in a day. Paid {price} including the permit.",
            "Came out within {minutes} minutes for a tripping breaker. Found the fault in the dryer circuit.",
            "Rewired our 1920s house in {year}. Passed inspection first time.",
        ],
        ["accountants"] =
        [
            "Filed my {year} return and found deductions I had missed. Fee was {price}.",
            "Bookkeeping for our 4-person studio, monthly reports by the 5th, always on time.",
            "Answered emails within {minutes} minutes during tax season. Worth every cent.",
        ],
    };

    public static string Description(string name, Category category, City city, string district, int established) =>
        $"{name} is a {category.Singular.ToLowerInvariant()} in {district}, {city.Name}, serving the neighbourhood since {established}.";

    public static IReadOnlyList<Review> Reviews(Category category, City city, Random rng)
    {
        var templates = ReviewTemplates[category.Key];
        var reviews = new List<Review>(3);
        for (var i = 0; i < 3; i++)
        {
            var text = templates[i]
                .Replace("{price}", $"{city.Currency}{rng.Next(4, 40) * 5}", StringComparison.Ordinal)
                .Replace("{minutes}", rng.Next(10, 60).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", rng.Next(2016, 2025).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var date = new DateOnly(2022, 1, 1).AddDays(rng.Next(0, 1200));
            reviews.Add(new Review(rng.Pick(Authors), date, rng.Next(3, 6), text));
        }

        return reviews;
    }
}
