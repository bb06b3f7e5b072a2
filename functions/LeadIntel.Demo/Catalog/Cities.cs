namespace LeadIntel.Demo.Catalog;

/// <summary>The cities the demo directory covers.</summary>
public static class Cities
{
    public static City Toronto { get; } = new("toronto", "Toronto", "CA", "Canada", "ON", "en-CA", 43.6532, -79.3832,
        ["toronto", "gta"], 1.0, ".ca", "$", AddressStyle.NorthAmerica,
        ["King St W", "Queen St E", "Yonge St", "Bloor St W", "Dundas St W", "Spadina Ave", "College St", "Danforth Ave", "Bathurst St", "Front St E"],
        ["the Annex", "Leslieville", "Kensington Market", "Yorkville", "Liberty Village", "the Distillery District"]);

    public static City NewYork { get; } = new("new-york", "New York", "US", "United States", "NY", "en-US", 40.7128, -74.0060,
        ["new york city", "new york", "nyc", "manhattan", "brooklyn"], 1.25, ".com", "$", AddressStyle.NorthAmerica,
        ["Broadway", "5th Ave", "Lexington Ave", "W 14th St", "Bleecker St", "Atlantic Ave", "Bedford Ave", "Amsterdam Ave", "E 86th St", "Canal St"],
        ["the West Village", "Williamsburg", "the Upper East Side", "Chelsea", "SoHo", "Park Slope"]);

    public static City London { get; } = new("london", "London", "GB", "United Kingdom", "", "en-GB", 51.5074, -0.1278,
        ["london"], 1.1, ".co.uk", "£", AddressStyle.Britain,
        ["Baker St", "Upper St", "Camden High St", "Old Kent Rd", "Marylebone High St", "Brick Ln", "King's Rd", "Essex Rd", "Borough High St", "Kensington High St"],
        ["Islington", "Camden", "Shoreditch", "Marylebone", "Brixton", "Chelsea"]);

    public static City Berlin { get; } = new("berlin", "Berlin", "DE", "Germany", "", "de-DE", 52.5200, 13.4050,
        ["berlin"], 0.8, ".de", "€", AddressStyle.Continental,
        ["Friedrichstraße", "Torstraße", "Kastanienallee", "Oranienstraße", "Kantstraße", "Karl-Marx-Allee", "Bergmannstraße", "Schönhauser Allee", "Sonnenallee", "Kurfürstendamm"],
        ["Mitte", "Kreuzberg", "Prenzlauer Berg", "Friedrichshain", "Charlottenburg", "Neukölln"]);

    public static City Paris { get; } = new("paris", "Paris", "FR", "France", "", "fr-FR", 48.8566, 2.3522,
        ["paris"], 0.9, ".fr", "€", AddressStyle.French,
        ["rue de Rivoli", "boulevard Saint-Germain", "rue Oberkampf", "avenue de la République", "rue du Faubourg Saint-Antoine", "rue de Charonne", "boulevard Voltaire", "rue Montorgueil", "rue des Martyrs", "avenue Parmentier"],
        ["le Marais", "Montmartre", "Belleville", "le Quartier latin", "Bastille", "Saint-Germain-des-Prés"]);

    public static City Sydney { get; } = new("sydney", "Sydney", "AU", "Australia", "NSW", "en-AU", -33.8688, 151.2093,
        ["sydney"], 0.8, ".com.au", "$", AddressStyle.Australia,
        ["George St", "Pitt St", "Oxford St", "King St", "Crown St", "Glebe Point Rd", "Military Rd", "Darling St", "Bondi Rd", "Parramatta Rd"],
        ["Surry Hills", "Newtown", "Bondi", "Paddington", "Glebe", "Balmain"]);

    public static IReadOnlyList<City> All { get; } = [Toronto, NewYork, London, Berlin, Paris, Sydney];

    /// <summary>A postcode in the city's own format.</summary>
    internal static string NextPostalCode(City city, Random rng)
    {
        const string letters = "ABCEGHJKLMNPRSTVWXYZ";
        char Letter() => letters[rng.Next(letters.Length)];
        return city.Key switch
        {
            "toronto" => $"M{rng.Next(1, 10)}{Letter()} {rng.Next(0, 10)}{Letter()}{rng.Next(0, 10)}",
            "new-york" => $"100{rng.Next(1, 40):D2}",
            "london" => $"{rng.Pick(["EC1V", "N1", "NW1", "W1U", "SE1", "E1", "SW3", "WC2H", "SW9", "W8"])} {rng.Next(1, 10)}{Letter()}{Letter()}",
            "berlin" => $"10{rng.Next(115, 999):D3}",
            "paris" => $"750{rng.Next(1, 21):D2}",
            _ => $"20{rng.Next(0, 50):D2}",
        };
    }
}
