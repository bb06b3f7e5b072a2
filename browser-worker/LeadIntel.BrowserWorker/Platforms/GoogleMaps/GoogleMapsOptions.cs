namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>Google Maps adapter settings. Bound from <c>LeadIntel:Platforms:GoogleMaps</c>.</summary>
public sealed class GoogleMapsOptions
{
    public const string Section = "LeadIntel:Platforms:GoogleMaps";

    /// <summary>The site root; <c>leadintel up --demo</c> and tests point it at the local replica.</summary>
    public Uri BaseUrl { get; set; } = new("https://www.google.com/");

    /// <summary>Interface language (<c>hl</c>): the parser reads English labels.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Maps lists about this many results per search; a search that reaches it is split into a grid.</summary>
    public int ResultsCap { get; set; } = 120;

    /// <summary>How many times a viewport may be split into four smaller ones.</summary>
    public int MaxGridDepth { get; set; } = 3;

    /// <summary>Open each place's page for hours, full address and phone; false keeps what the result cards show (faster).</summary>
    public bool VisitPlaces { get; set; } = true;

    /// <summary>How long the results feed may stay unchanged after a scroll before it counts as ended.</summary>
    public TimeSpan ScrollIdleTimeout { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>How long a page may take to show its results or place panel.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
