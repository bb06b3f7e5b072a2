using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Platforms;

/// <summary>
/// A platform read over HTTP: discovery lists listing references (URLs) for a query, then each listing is
/// read into a lead. Both steps run inside short activities, so each call must be bounded in time.
/// Throw <see cref="HttpRequestException"/> for transient failures (the activity's retry takes them) and
/// <see cref="ListingException"/> for a listing that can never be read.
/// </summary>
public interface IListingSource
{
    string Platform { get; }

    Task<IReadOnlyList<string>> DiscoverAsync(ListingSearch search, CancellationToken ct);

    Task<Lead> ReadAsync(string listing, ListingSearch search, CancellationToken ct);
}
