namespace LeadIntel.Demo.Catalog;

/// <summary>
/// Invents the catalog from a seed: every city gets every category, in numbers scaled by the city's size,
/// and every draw comes from one <see cref="Random"/> in a fixed order so a seed always gives the same businesses.
/// </summary>
internal static class BusinessGenerator
{
    private static readonly Dictionary<string, string[]> MailboxNames = new()
    {
        ["en"] = ["info", "hello", "contact", "office", "bookings", "frontdesk"],
        ["de"] = ["info", "kontakt", "praxis", "buero"],
        ["fr"] = ["contact", "accueil", "cabinet", "bonjour"],
    };

    public static IReadOnlyList<Business> Generate(int seed)
    {
        var rng = new Random(seed);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var businesses = new List<Business>();
        foreach (var city in Cities.All)
        {
            foreach (var category in Categories.All)
            {
                var count = Math.Max(2, (int)Math.Round(category.BaseCount * city.Scale, MidpointRounding.AwayFromZero));
                for (var i = 0; i < count; i++)
                {
                    businesses.Add(Next(city, category, rng, slugs, domains));
                }
            }
        }

        return businesses;
    }

    private static Business Next(City city, Category category, Random rng, HashSet<string> slugs, HashSet<string> domains)
    {
        var district = rng.Pick(city.Districts);
        var name = UniqueName(city, category, rng, slugs, district);
        var style = rng.NextDouble() switch { < 0.35 => PhoneStyle.TelLink, < 0.60 => PhoneStyle.SplitText, < 0.80 => PhoneStyle.JsonLdOnly, _ => PhoneStyle.Image };
        var fictionalShare = city.CountryCode switch { "DE" => 0.0, "FR" => 0.4, _ => 0.6 };
        var phone = PhoneNumberPlan.Landline(city, rng, rng.Chance(fictionalShare));
        // An image-only phone is readable on the website, so the website crawl is what recovers it.
        var domain = style == PhoneStyle.Image || rng.Chance(0.85) ? UniqueDomain(name, city, domains) : null;
        var language = city.Language[..2];
        // Without a website, some businesses still list a free-mail address on the directory.
        string? email = domain is null
            ? (rng.Chance(0.4) ? $"{Slug.From(name).Replace("-", string.Empty, StringComparison.Ordinal)}@gmail.com" : null)
            : $"{rng.Pick(MailboxNames[language])}@{domain}";
        var emailStyle = domain is null ? EmailStyle.None : rng.NextDouble() switch
        {
            < 0.10 => EmailStyle.None,
            < 0.55 => EmailStyle.Mailto,
            < 0.80 => EmailStyle.PlainText,
            _ => EmailStyle.Obfuscated,
        };
        if (domain is not null && emailStyle == EmailStyle.None)
        {
            email = null;
        }

        var mobile = rng.Chance(0.4) ? PhoneNumberPlan.Mobile(city, rng, rng.Chance(fictionalShare)) : null;
        var established = rng.Next(1962, 2022);
        var hasJsonLd = style == PhoneStyle.JsonLdOnly || rng.Chance(0.75);
        return new Business
        {
            Slug = Slug.From($"{name} {city.Name}"),
            Name = name,
            Category = category,
            City = city,
            StreetLine = city.StreetLine(rng.Next(1, 400), rng.Pick(city.Streets)),
            PostalCode = Cities.NextPostalCode(city, rng),
            Latitude = Math.Round(city.Latitude + ((rng.NextDouble() * 2) - 1) * 0.05, 6),
            Longitude = Math.Round(city.Longitude + ((rng.NextDouble() * 2) - 1) * 0.07, 6),
            Phone = phone,
            PhoneDisplay = rng.Pick(phone.Formats),
            PhoneStyle = style,
            Mobile = mobile,
            HasWhatsApp = mobile is not null && rng.Chance(0.5),
            Fax = category.Key is "dentists" or "lawyers" or "accountants" && rng.Chance(0.3) ? PhoneNumberPlan.Landline(city, rng, rng.Chance(fictionalShare)) : null,
            WebsiteDomain = domain,
            WebsiteTelLink = domain is not null && rng.Chance(0.6),
            Email = email,
            EmailStyle = emailStyle,
            EmailOnDirectory = email is not null && (domain is null || rng.Chance(0.25)),
            Rating = Math.Round(3.0 + (rng.NextDouble() * 2.0), 1),
            ReviewCount = rng.Next(3, 900),
            PriceLevel = rng.Next(1, 5),
            Established = established,
            Hours = Hours(category, rng),
            Description = BusinessTexts.Description(name, category, city, district, established),
            Reviews = BusinessTexts.Reviews(category, city, rng),
            HasJsonLd = hasJsonLd,
            GeoInJsonLd = hasJsonLd && rng.Chance(0.6),
            ListingId = rng.Next(2, 10) + rng.Digits(9),
            UpdatedOn = new DateOnly(2024, 1, 1).AddDays(rng.Next(0, 540)),
        };
    }

    private static string UniqueName(City city, Category category, Random rng, HashSet<string> slugs, string district)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var candidate = BusinessNames.Next(city, category, rng);
            if (slugs.Add(Slug.From($"{candidate} {city.Name}")))
            {
                return candidate;
            }
        }

        // Small pools run dry in small cities: qualify by neighbourhood, then by a branch number.
        var name = $"{BusinessNames.Next(city, category, rng)} {district}";
        for (var branch = 2; !slugs.Add(Slug.From($"{name} {city.Name}")); branch++)
        {
            name = $"{BusinessNames.Next(city, category, rng)} {district} {branch}";
        }

        return name;
    }

    private static string UniqueDomain(string name, City city, HashSet<string> domains)
    {
        var stem = Slug.From(name);
        // English-speaking businesses tend to squash their names (brightsmiledental.ca); others keep hyphens.
        if (city.Language.StartsWith("en", StringComparison.Ordinal))
        {
            stem = stem.Replace("-", string.Empty, StringComparison.Ordinal);
        }

        var domain = stem + city.DomainSuffix;
        return domains.Add(domain) ? domain : UniqueDomain($"{name} {city.Key}", city, domains);
    }

    private static IReadOnlyList<OpeningHours> Hours(Category category, Random rng)
    {
        static TimeOnly At(int hour, int minute = 0) => new(hour, minute);
        return category.Key switch
        {
            "dentists" => rng.Chance(0.3)
                ? [new("Mo-Th", At(rng.Next(8, 10)), At(rng.Next(17, 19))), new("Fr", At(8), At(14)), new("Sa", At(9), At(13))]
                : [new("Mo-Th", At(rng.Next(8, 10)), At(rng.Next(17, 19))), new("Fr", At(8), At(14))],
            "cafes" => [new("Mo-Fr", At(rng.Next(6, 8), rng.Pick([0, 30])), At(rng.Next(17, 20))), new("Sa-Su", At(8), At(17))],
            "plumbers" or "electricians" => rng.Chance(0.3)
                ? [new("Mo-Su", At(0), At(23, 59))]
                : [new("Mo-Fr", At(7), At(18)), new("Sa", At(8), At(12))],
            _ => [new("Mo-Fr", rng.Chance(0.5) ? At(9) : At(8, 30), rng.Chance(0.5) ? At(17, 30) : At(17))],
        };
    }
}
