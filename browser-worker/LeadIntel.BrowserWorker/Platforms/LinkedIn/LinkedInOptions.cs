namespace LeadIntel.BrowserWorker.Platforms.LinkedIn;

/// <summary>LinkedIn adapter settings. Bound from <c>LeadIntel:Platforms:LinkedIn</c>.</summary>
public sealed class LinkedInOptions
{
    public const string Section = "LeadIntel:Platforms:LinkedIn";

    public Uri BaseUrl { get; set; } = new("https://www.linkedin.com/");

    /// <summary>
    /// The <c>li_at</c> session cookie of the account the searches run as. People search shows an auth
    /// wall without one, and the job reports <c>blocked: login required</c>. A secret: configuration only.
    /// </summary>
    public string? SessionCookie { get; set; }

    /// <summary>Open each profile for education (school, field of study); false keeps the search card.</summary>
    public bool VisitProfiles { get; set; } = true;

    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
