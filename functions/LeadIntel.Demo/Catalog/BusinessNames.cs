namespace LeadIntel.Demo.Catalog;

/// <summary>Invents business names in the local language and style of each category.</summary>
internal static class BusinessNames
{
    private static readonly string[] EnglishSurnames =
    [
        "Patel", "Nguyen", "Chen", "O'Brien", "Kowalski", "Martin", "Singh", "Rossi", "Campbell", "Fraser", "Walsh", "Kim",
        "Okafor", "Silva", "Murphy", "Lee", "Cohen", "Garcia", "Thompson", "Bennett", "Hughes", "Clarke", "Ahmed", "Novak",
    ];

    private static readonly string[] GermanSurnames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Schulz", "Koch", "Richter",
        "Wolf", "Neumann", "Yılmaz", "Krüger", "Lehmann",
    ];

    private static readonly string[] FrenchSurnames =
    [
        "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefebvre", "Girard", "Bonnet",
        "Fontaine", "Rousseau", "Lambert", "Mercier", "Garnier",
    ];

    private static readonly string[] Adjectives =
    [
        "Bright", "Maple", "Harbour", "Summit", "Evergreen", "Northside", "Riverside", "Oak", "Cedar", "Union", "Parkway",
        "Crown", "Golden", "Corner", "Beacon", "Lakeshore",
    ];

    private static readonly string[] CafeNouns = ["Bean", "Kettle", "Ember", "Sparrow", "Lantern", "Fig", "Copper", "Juniper", "Daybreak", "Mill", "Magpie", "Tandem"];

    private static readonly string[] GermanCafeNouns = ["Milchschaum", "Bohne", "Spatz", "Laterne", "Kiez", "Mühle", "Kranich", "Tandem"];

    private static readonly string[] FrenchCafeNouns = ["Moineau", "Comptoir", "Lanterne", "Zinc", "Figuier", "Pavé", "Tandem", "Marronnier"];

    private static readonly string[] GermanPlaces = ["Kanal", "Markt", "Park", "Spreeufer", "Ring", "Platz"];

    public static string Next(City city, Category category, Random rng) => city.Language[..2] switch
    {
        "de" => German(city, category, rng),
        "fr" => French(city, category, rng),
        _ => English(city, category, rng),
    };

    private static string English(City city, Category category, Random rng)
    {
        var s = rng.Pick(EnglishSurnames);
        var s2 = rng.Pick(EnglishSurnames);
        var adj = rng.Pick(Adjectives);
        var noun = rng.Pick(CafeNouns);
        var firm = city.CountryCode switch { "GB" => "Solicitors", "US" => "Attorneys", _ => "LLP" };
        var centre = city.CountryCode == "US" ? "Center" : "Centre";
        string[] names = category.Key switch
        {
            "dentists" => [$"{adj} Smile Dental", $"{s} Family Dentistry", $"Dr. {s} Dental Care", $"{adj} Dental Studio", $"{adj} Dental {centre}"],
            "cafes" => [$"The {noun} Café", $"{noun} & {rng.Pick(CafeNouns)} Coffee", $"{adj} {noun} Coffee Bar", $"Café {noun}"],
            "plumbers" => [$"{s} & Sons Plumbing", $"{adj} Flow Plumbing", $"{s} Plumbing & Heating", $"Rapid Rooter {adj}"],
            "lawyers" => [$"{s} {s2} {firm}", $"{s} Law Office", $"{s} & {s2} {firm}", $"{adj} Legal"],
            "electricians" => [$"{adj} Spark Electric", $"{s} Electrical Services", $"Live Wire {adj} Electric", $"{s} Electric Co."],
            _ => [$"{s} & Associates", $"{adj} Ledger Accounting", $"{s} Tax & Bookkeeping", city.CountryCode == "US" ? $"{s} CPA" : $"{s} Chartered Accountants"],
        };
        return rng.Pick(names);
    }

    private static string German(City city, Category category, Random rng)
    {
        var s = rng.Pick(GermanSurnames);
        var s2 = rng.Pick(GermanSurnames);
        var district = rng.Pick(city.Districts);
        var noun = rng.Pick(GermanCafeNouns);
        string[] names = category.Key switch
        {
            "dentists" => [$"Zahnarztpraxis Dr. {s}", $"Zahnärzte am {rng.Pick(GermanPlaces)}", $"Dr. {s} Zahnmedizin", $"Zahnzentrum {district}"],
            "cafes" => [$"Café {noun}", $"Kaffeebar {noun}", $"{noun} Kaffeerösterei", $"Café am {rng.Pick(GermanPlaces)}"],
            "plumbers" => [$"Sanitär {s} GmbH", $"{s} Haustechnik", $"Klempnerei {s}"],
            "lawyers" => [$"Kanzlei {s} & {s2}", $"Rechtsanwalt {s}", $"{s} Rechtsanwälte"],
            "electricians" => [$"Elektro {s}", $"{s} Elektrotechnik GmbH", $"Elektrik {district}"],
            _ => [$"Steuerberatung {s}", $"{s} & Partner Steuerberater", $"Kanzlei {s} Steuern"],
        };
        return rng.Pick(names);
    }

    private static string French(City city, Category category, Random rng)
    {
        var s = rng.Pick(FrenchSurnames);
        var s2 = rng.Pick(FrenchSurnames);
        var district = Capitalize(rng.Pick(city.Districts));
        var noun = rng.Pick(FrenchCafeNouns);
        string[] names = category.Key switch
        {
            "dentists" => [$"Cabinet Dentaire {s}", $"Centre Dentaire {district}", $"Dr {s}, Chirurgien-Dentiste"],
            "cafes" => [$"Café du {noun}", $"Le {noun}", $"La Brûlerie {noun}", $"Café {noun} {district}"],
            "plumbers" => [$"Plomberie {s}", $"{s} Plomberie Chauffage", $"SOS Plombier {district}"],
            "lawyers" => [$"Cabinet {s} Avocats", $"{s} & {s2} Associés", $"Maître {s}, Avocat"],
            "electricians" => [$"Électricité {s}", $"{s} Électricien", $"Élec {district}"],
            _ => [$"Expert-Comptable {s}", $"Cabinet {s} Expertise", $"{s} Conseil & Comptabilité"],
        };
        return rng.Pick(names);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
