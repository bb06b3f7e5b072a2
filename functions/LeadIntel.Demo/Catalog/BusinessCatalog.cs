namespace LeadIntel.Demo.Catalog;

/// <summary>The invented businesses the demo directory lists, with lookup by slug.</summary>
public sealed class BusinessCatalog
{
    /// <summary>The seed of the catalog <c>leadintel up</c> serves.</summary>
    public const int DefaultSeed = 20240611;

    private static readonly Lazy<BusinessCatalog> DefaultCatalog = new(() => Create(DefaultSeed));

    private readonly Dictionary<string, Business> _bySlug;

    public BusinessCatalog(IReadOnlyList<Business> businesses)
    {
        Businesses = businesses;
        _bySlug = businesses.ToDictionary(b => b.Slug, StringComparer.Ordinal);
    }

    /// <summary>About 250 businesses in six cities and six categories.</summary>
    public static BusinessCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<Business> Businesses { get; }

    /// <summary>The same seed always gives the same businesses, numbers and page variants.</summary>
    public static BusinessCatalog Create(int seed) => new(BusinessGenerator.Generate(seed));

    public Business? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
