namespace LeadIntel.Workflows.Platforms;

/// <summary>Platform names as the API accepts them.</summary>
public static class PlatformNames
{
    public const string Website = "website";
    public const string Directory = "directory";
    public const string GoogleMaps = "google_maps";
    public const string LinkedIn = "linkedin";
    public const string Twitter = "twitter";
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";

    /// <summary>Platforms read over plain HTTP inside activities.</summary>
    public static IReadOnlyList<string> Http { get; } = [Website, Directory];

    /// <summary>Platforms that need a real browser: their searches go to the browser worker pool.</summary>
    public static IReadOnlyList<string> Browser { get; } = [GoogleMaps, LinkedIn, Twitter, Facebook, Instagram];

    public static IReadOnlyList<string> All { get; } = [.. Http, .. Browser];

    public static bool IsKnown(string platform) => All.Contains(platform, StringComparer.Ordinal);

    public static bool IsBrowser(string platform) => Browser.Contains(platform, StringComparer.Ordinal);
}
