namespace LeadIntel.Core.Platforms.Directory;

/// <summary>What a search results page says: its listings (ads excluded), where the next page is, how many results in all.</summary>
/// <param name="NextPageUrl">Null on the last page.</param>
/// <param name="TotalResults">The site's own count, when it shows one.</param>
public sealed record DirectorySearchPage(IReadOnlyList<DirectoryListing> Listings, Uri? NextPageUrl, int? TotalResults);
