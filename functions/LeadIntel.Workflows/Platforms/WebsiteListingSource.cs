using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Platforms;

/// <summary>Platform <c>website</c>: each query is a URL or a bare domain, and each site yields one lead.</summary>
public sealed class WebsiteListingSource(ISiteContactReader sites, TimeProvider clock) : IListingSource
{
    public string Platform => PlatformNames.Website;

    public Task<IReadOnlyList<string>> DiscoverAsync(ListingSearch search, CancellationToken ct)
    {
        var url = SiteUrl.TryParse(search.Query) ?? throw new ListingException($"'{search.Query}' is not a URL or domain");
        return Task.FromResult<IReadOnlyList<string>>([url.AbsoluteUri]);
    }

    public async Task<Lead> ReadAsync(string listing, ListingSearch search, CancellationToken ct)
    {
        var url = new Uri(listing);
        var site = await sites.ReadAsync(url, search.Region, ct);
        return new Lead
        {
            Platform = Platform,
            Query = search.Query,
            Name = site.Title ?? url.Host,
            Url = site.Url,
            Website = site.Url,
            Phones = site.Phones,
            Emails = site.Emails,
            Kind = "business",
            FoundAt = clock.GetUtcNow(),
        };
    }
}
