namespace LeadIntel.Core.Platforms.Directory;

/// <summary>One result card of a search page: enough to decide whether to open the detail page.</summary>
public sealed record DirectoryListing(string Name, Uri DetailUrl, string? Category, string? Address, double? Rating, int? ReviewsCount);
