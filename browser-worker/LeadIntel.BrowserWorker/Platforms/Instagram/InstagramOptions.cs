namespace LeadIntel.BrowserWorker.Platforms.Instagram;

/// <summary>Instagram adapter settings. Bound from <c>LeadIntel:Platforms:Instagram</c>.</summary>
public sealed class InstagramOptions
{
    public const string Section = "LeadIntel:Platforms:Instagram";

    /// <summary>The site root; <c>leadintel up --demo</c> and tests point it at the local replica.</summary>
    public Uri BaseUrl { get; set; } = new("https://www.instagram.com/");

    /// <summary>
    /// The <c>sessionid</c> cookie of the account the searches run as. Keyword search is behind login:
    /// without one the job reports <c>blocked: login required</c>. A secret: configuration only.
    /// </summary>
    public string? SessionCookie { get; set; }

    /// <summary>Open each profile for the business contact data; false keeps the search row.</summary>
    public bool VisitProfiles { get; set; } = true;

    /// <summary>How long the results may stay unchanged after a scroll before they count as ended (Instagram shows no end marker).</summary>
    public TimeSpan ScrollIdleTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
