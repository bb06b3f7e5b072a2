using System.Text.RegularExpressions;

namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>The URL shapes of Google Maps: search pages and place pages with their ids and coordinates.</summary>
public static partial class GoogleMapsUrls
{
    /// <summary><c>{base}maps/search/{query}/[@lat,lng,zoomz]?hl=..</c></summary>
    public static Uri Search(Uri baseUrl, string query, MapViewport? viewport, string language)
    {
        var root = baseUrl.ToString().TrimEnd('/');
        var at = viewport is null ? string.Empty : "/" + viewport.ToPathSegment();
        return new Uri($"{root}/maps/search/{Uri.EscapeDataString(query.Trim()).Replace("%20", "+", StringComparison.Ordinal)}{at}?hl={language}");
    }

    /// <summary>The place id in a place URL (<c>!1s0x..:0x..</c>), or null.</summary>
    public static string? PlaceId(string url)
    {
        var match = PlaceIdPattern().Match(url);
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : null;
    }

    /// <summary>The place's coordinates (<c>!3dLAT!4dLNG</c>), or null.</summary>
    public static (double Latitude, double Longitude)? Coordinates(string url)
    {
        var match = CoordinatesPattern().Match(url);
        return match.Success
            ? (double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
               double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The query of a search URL, or null.</summary>
    public static string? Query(Uri url)
    {
        var match = QueryPattern().Match(url.AbsolutePath);
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value.Replace('+', ' ')) : null;
    }

    [GeneratedRegex(@"!1s(0x[0-9a-fA-F]+(?::|%3A)0x[0-9a-fA-F]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceIdPattern();

    [GeneratedRegex(@"!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatesPattern();

    [GeneratedRegex(@"/maps/search/([^/@?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex QueryPattern();
}
