namespace LeadIntel.Workflows.Platforms;

/// <summary>The registered HTTP listing sources, by platform name.</summary>
public sealed class ListingSources(IEnumerable<IListingSource> sources)
{
    private readonly Dictionary<string, IListingSource> _byPlatform = sources.ToDictionary(s => s.Platform, StringComparer.Ordinal);

    public IListingSource Get(string platform) =>
        _byPlatform.TryGetValue(platform, out var source)
            ? source
            : throw new ListingException($"platform '{platform}' has no HTTP listing source in this host");
}
