namespace LeadIntel.BrowserWorker.Platforms.Twitter;

/// <summary>X (Twitter) adapter settings. Bound from <c>LeadIntel:Platforms:Twitter</c>.</summary>
public sealed class TwitterOptions
{
    public const string Section = "LeadIntel:Platforms:Twitter";

    /// <summary>The site root; <c>leadintel up --demo</c> and tests point it at the local replica.</summary>
    public Uri BaseUrl { get; set; } = new("https://x.com/");

    /// <summary>
    /// The <c>auth_token</c> session cookie of the account the searches run as. People search is behind
    /// login: without one the job reports <c>blocked: login required</c>. A secret: configuration only.
    /// </summary>
    public string? SessionCookie { get; set; }

    /// <summary>Open each profile for location, website and professional category; false keeps the search cell.</summary>
    public bool VisitProfiles { get; set; } = true;

    /// <summary>How long the timeline may stay without new users after a scroll before it counts as ended (X shows no end marker).</summary>
    public TimeSpan ScrollIdleTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
