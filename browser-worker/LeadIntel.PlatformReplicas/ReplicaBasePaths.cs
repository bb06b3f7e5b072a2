namespace LeadIntel.PlatformReplicas;

/// <summary>
/// Where each replica is mounted under the replicas prefix. An adapter pointed at
/// <c>http://127.0.0.1:PORT/replicas/google</c> sees the Google Maps replica where it expects
/// <c>https://www.google.com</c>.
/// </summary>
public static class ReplicaBasePaths
{
    public const string DefaultPrefix = "/replicas";
    public const string GoogleMaps = "/google";

    /// <summary>Google Maps behind a cookie consent page.</summary>
    public const string GoogleMapsConsent = "/google-consent";

    /// <summary>Google Maps behind an "unusual traffic" CAPTCHA.</summary>
    public const string GoogleMapsCaptcha = "/google-captcha";

    /// <summary>Google Maps with a marker circling over the map without pause: every frame changes, for measuring the live view.</summary>
    public const string GoogleMapsMoving = "/google-moving";
    public const string LinkedIn = "/linkedin";
    public const string Twitter = "/x";
    public const string Facebook = "/facebook";

    /// <summary>Facebook behind a cookie dialog whose choice never sticks.</summary>
    public const string FacebookConsent = "/facebook-consent";
    public const string Instagram = "/instagram";

    /// <summary>Base URLs of every replica on a server at <paramref name="origin"/>, keyed by platform name.</summary>
    public static IReadOnlyDictionary<string, Uri> For(Uri origin, string prefix = DefaultPrefix)
    {
        var root = origin.GetLeftPart(UriPartial.Authority) + prefix.TrimEnd('/');
        return new Dictionary<string, Uri>(StringComparer.Ordinal)
        {
            ["google_maps"] = new(root + GoogleMaps + "/"),
            ["linkedin"] = new(root + LinkedIn + "/"),
            ["twitter"] = new(root + Twitter + "/"),
            ["facebook"] = new(root + Facebook + "/"),
            ["instagram"] = new(root + Instagram + "/"),
        };
    }
}
