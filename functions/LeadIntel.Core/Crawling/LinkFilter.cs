namespace LeadIntel.Core.Crawling;

/// <summary>Links a contact crawl never requests: files that are not HTML, and links with side effects or no content.</summary>
public static class LinkFilter
{
    private static readonly HashSet<string> NonHtmlExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf", ".csv", ".txt",
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tif", ".tiff", ".avif", ".heic",
        ".mp3", ".mp4", ".m4a", ".m4v", ".mov", ".avi", ".wmv", ".webm", ".ogg", ".wav", ".flac",
        ".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".dmg", ".exe", ".msi", ".apk", ".iso", ".bin",
        ".css", ".js", ".mjs", ".json", ".xml", ".rss", ".atom", ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".ics", ".vcf", ".gpx", ".kml", ".epub",
    };

    // GET links that change state (log out, fill a cart) or lead nowhere useful for contact data.
    private static readonly string[] SideEffectMarkers =
    [
        "logout", "log-out", "log_out", "signout", "sign-out", "sign_out", "add-to-cart", "add_to_cart", "add-to-basket",
        "/wp-admin", "/wp-login", "/cdn-cgi/", "action=delete", "replytocom=",
    ];

    /// <summary>Why <paramref name="url"/> should not be fetched, or null when it may be.</summary>
    public static string? SkipReason(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath);
        if (extension.Length > 0 && NonHtmlExtensions.Contains(extension))
        {
            return $"not HTML ({extension})";
        }

        var pathAndQuery = url.PathAndQuery;
        foreach (var marker in SideEffectMarkers)
        {
            if (pathAndQuery.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return $"not a content page ({marker.Trim('/', '=')})";
            }
        }

        return null;
    }
}
