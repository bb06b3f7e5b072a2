namespace LeadIntel.Workflows.Api;

/// <summary>Limits of the HTTP API. Bound from <c>LeadIntel:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "LeadIntel:Api";

    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Most (query, platform) pairs in one campaign.</summary>
    public int MaxSearches { get; set; } = 100;

    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Upper bound of <c>max_results</c> (per query and platform).</summary>
    public int MaxResultsLimit { get; set; } = 1000;

    public int DefaultMaxResults { get; set; } = 100;
}
