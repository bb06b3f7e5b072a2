using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Platforms;

/// <summary>A platform this host has no address for: every search on it fails as data with the reason.</summary>
public sealed class UnconfiguredListingSource(string platform, string reason) : IListingSource
{
    public string Platform => platform;

    public Task<IReadOnlyList<string>> DiscoverAsync(ListingSearch search, CancellationToken ct) => throw new ListingException(reason);

    public Task<Lead> ReadAsync(string listing, ListingSearch search, CancellationToken ct) => throw new ListingException(reason);
}
