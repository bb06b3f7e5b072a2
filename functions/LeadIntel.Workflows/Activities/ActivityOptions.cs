namespace LeadIntel.Workflows.Activities;

/// <summary>Bounds of the work inside one activity. Bound from <c>LeadIntel:Activities</c>.</summary>
public sealed class ActivityOptions
{
    public const string Section = "LeadIntel:Activities";

    /// <summary>
    /// Time after which a batch stops starting new listings and reports how far it got. It must stay well
    /// inside the engine's visibility timeout, which the local sidecar never extends.
    /// </summary>
    public TimeSpan BatchBudget { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Listings of one batch read at the same time.</summary>
    public int ListingConcurrency { get; set; } = 4;

    /// <summary>Timeout of one HTTP request made by a platform.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest crawl of one business website.</summary>
    public TimeSpan SiteReadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most pages crawled per business website (contact pages come first).</summary>
    public int SiteMaxPages { get; set; } = 5;

    /// <summary>Pause between two requests to the same host during a crawl.</summary>
    public TimeSpan SiteDelayPerHost { get; set; } = TimeSpan.FromMilliseconds(250);
}
