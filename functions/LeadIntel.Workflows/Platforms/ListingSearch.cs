namespace LeadIntel.Workflows.Platforms;

/// <summary>One search on one platform: what a listing source is asked.</summary>
public sealed record ListingSearch(string Platform, string Query, int MaxResults, string Region);
