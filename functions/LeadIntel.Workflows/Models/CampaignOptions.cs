namespace LeadIntel.Workflows.Models;

/// <summary>
/// Fan-out bounds a campaign runs with. Bound from <c>LeadIntel:Campaigns</c> when the campaign starts and
/// carried in the orchestration input, so a replay sees the same values whatever the host's configuration is by then.
/// </summary>
public sealed record CampaignOptions
{
    public const string Section = "LeadIntel:Campaigns";

    /// <summary>(query, platform) searches running at once.</summary>
    public int MaxParallelSearches { get; init; } = 4;

    /// <summary>Listings per batch activity; each batch writes one part blob.</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>Batch activities of one search running at once.</summary>
    public int MaxParallelBatches { get; init; } = 4;

    /// <summary>How long a browser-platform search waits for the browser worker.</summary>
    public int BrowserJobTimeoutMinutes { get; init; } = 30;

    public static CampaignOptions Default { get; } = new();
}
