using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>
/// A map view as Maps writes it in the URL (<c>/@lat,lng,zoomz</c>). Splitting it gives the four views
/// one zoom level closer that exactly tile it (Web Mercator, 256 px tiles), which is how a search goes
/// past the ~120 results Maps lists for one view.
/// </summary>
public sealed partial record MapViewport(double Latitude, double Longitude, double Zoom)
{
    public static MapViewport? FromUrl(Uri url)
    {
        var match = AtPattern().Match(Uri.UnescapeDataString(url.AbsolutePath));
        return match.Success
            ? new MapViewport(
                double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The four quarter views at <see cref="Zoom"/> + 1 for a viewport of the given pixel size.</summary>
    public IReadOnlyList<MapViewport> Split(int widthPx, int heightPx)
    {
        var degreesPerPx = 360.0 / (256 * Math.Pow(2, Zoom));
        var quarterLng = widthPx * degreesPerPx / 4;
        var quarterLat = heightPx * degreesPerPx * Math.Cos(Latitude * Math.PI / 180) / 4;
        return
        [
            new(Latitude + quarterLat, Longitude - quarterLng, Zoom + 1),
            new(Latitude + quarterLat, Longitude + quarterLng, Zoom + 1),
            new(Latitude - quarterLat, Longitude - quarterLng, Zoom + 1),
            new(Latitude - quarterLat, Longitude + quarterLng, Zoom + 1),
        ];
    }

    /// <summary>The path segment Maps uses, e.g. <c>@43.6532000,-79.3832000,12z</c>.</summary>
    public string ToPathSegment() => string.Create(CultureInfo.InvariantCulture, $"@{Latitude:F7},{Longitude:F7},{Zoom:0.##}z");

    [GeneratedRegex(@"/@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)z", RegexOptions.CultureInvariant)]
    private static partial Regex AtPattern();
}
