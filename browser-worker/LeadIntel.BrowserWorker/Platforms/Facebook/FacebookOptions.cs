namespace LeadIntel.BrowserWorker.Platforms.Facebook;

/// <summary>Facebook adapter settings. Bound from <c>LeadIntel:Platforms:Facebook</c>.</summary>
public sealed class FacebookOptions
{
    public const string Section = "LeadIntel:Platforms:Facebook";

    /// <summary>The site root; <c>leadintel up --demo</c> and tests point it at the local replica.</summary>
    public Uri BaseUrl { get; set; } = new("https://www.facebook.com/");

    /// <summary>
    /// The session cookies of the account the searches run as, as a Cookie header: <c>c_user=...; xs=...</c>.
    /// Pages search and About tabs are behind login: without them the job reports <c>blocked: login
    /// required</c>. A secret: configuration only.
    /// </summary>
    public string? SessionCookies { get; set; }

    /// <summary>Open each Page's About tab for contact info; false keeps the search result.</summary>
    public bool VisitPages { get; set; } = true;

    /// <summary>How long the cookie dialog may take to go after the adapter declined optional cookies.</summary>
    public TimeSpan ConsentTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the results feed may stay unchanged after a scroll before it counts as ended.</summary>
    public TimeSpan ScrollIdleTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
