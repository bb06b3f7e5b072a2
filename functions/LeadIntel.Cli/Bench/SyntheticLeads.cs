using LeadIntel.Core.Model;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Plausible leads from a seed, for benchmarks and tests at sizes no demo campaign reaches: several platforms
/// and categories, 0–2 phones of mixed types, regions and layers drawn from a shared pool (so numbers repeat
/// across leads), emails on about half, <c>found_at</c> spread over a window. The same seed gives the same leads.
/// </summary>
public sealed class SyntheticLeads(int seed)
{
    private static readonly string[] Platforms = ["directory", "website", "google_maps", "linkedin"];
    private static readonly string[] Categories = ["Dentist", "Plumber", "Bakery", "Law firm", "Accountant", "Florist", "Gym", "Café", "Electrician", "Veterinarian", "Hair salon", "Garage"];
    private static readonly string[] Types = ["fixed_line", "mobile", "fixed_line_or_mobile", "toll_free"];
    private static readonly (string Region, string Prefix)[] Regions = [("US", "+1212"), ("CA", "+1416"), ("GB", "+4420"), ("FR", "+331")];
    private static readonly (string Layer, double Confidence)[] Layers = [("tel_link", 0.95), ("json_ld", 0.9), ("visible_text", 0.7), ("website_crawl", 0.6), ("ocr", 0.5)];

    /// <summary>Distinct phone numbers the leads draw from; smaller than the lead count so numbers repeat.</summary>
    public int PhonePool { get; init; } = 50_000;

    public IEnumerable<Lead> Generate(string campaign, int count, DateTimeOffset start, TimeSpan window)
    {
        // StableHash, not string.GetHashCode: the same campaign must give the same leads in every process.
        var random = new Random(unchecked((seed * 31) + (int)LeadIntel.Core.Analytics.StableHash.Of(campaign)));
        for (var i = 0; i < count; i++)
        {
            var platform = Platforms[random.Next(Platforms.Length)];
            var phones = Enumerable.Range(0, random.Next(3)).Select(_ => Phone(random)).DistinctBy(p => p.E164).ToList();
            var n = random.Next(1_000_000);
            yield return new Lead
            {
                Platform = platform,
                Query = $"{Categories[n % Categories.Length].ToLowerInvariant()} near {campaign}",
                Name = $"Business {campaign}-{i}",
                Url = $"https://{platform}.example.test/{campaign}/{i}",
                Website = random.Next(3) == 0 ? null : $"https://business-{n}.example.test/",
                Phones = phones,
                Emails = random.Next(2) == 0 ? [] : [new Email($"office{n}@business-{n}.example.test", 0.95, [new EmailEvidence("mailto", 0.95, "mailto link")])],
                Category = random.Next(10) == 0 ? null : Categories[random.Next(Categories.Length)],
                Address = $"{random.Next(1, 999)} Main Street, Springfield",
                Latitude = Math.Round(40 + random.NextDouble(), 6),
                Longitude = Math.Round(-74 + random.NextDouble(), 6),
                Rating = random.Next(4) == 0 ? null : Math.Round(1 + (random.NextDouble() * 4), 1),
                ReviewsCount = random.Next(500),
                Kind = "business",
                FoundAt = start + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * window.TotalSeconds)),
            };
        }
    }

    private Phone Phone(Random random)
    {
        var (region, prefix) = Regions[random.Next(Regions.Length)];
        var number = $"{prefix}{random.Next(PhonePool) + 2_000_000:D7}";
        var evidence = Layers.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Layers[random.Next(Layers.Length)])
            .Select(l => new PhoneEvidence(l.Layer, l.Confidence, $"call {number}")).ToList();
        var confidence = Math.Min(0.99, 1 - evidence.Aggregate(1.0, (miss, e) => miss * (1 - e.Confidence)));
        return new Phone(number, number, number, null, Types[random.Next(Types.Length)], region, false, Math.Round(confidence, 4), evidence);
    }
}
