namespace LeadIntel.Core.Crawling;

/// <summary>URL normalization for the crawl frontier: one spelling per page, so each page is fetched once.</summary>
public static class CanonicalUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "yclid", "_ga", "_hsenc", "_hsmi"];

    /// <summary>
    /// http(s) only: drops the fragment and tracking parameters, and gives an empty path as "/".
    /// Host case and default ports are normalized by <see cref="Uri"/> already. Null for other schemes.
    /// </summary>
    public static Uri? Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = url.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var kept = query.Split('&').Where(pair => pair.Length > 0 && !TrackingPrefixes.Any(p => pair.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            query = string.Join('&', kept);
        }

        var builder = new UriBuilder(url) { Fragment = string.Empty, Query = query };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    /// <summary>
    /// The frontier's dedupe key: site (www-less host), non-default port, path without a trailing slash, query.
    /// Scheme is left out, so http/https and www/bare spellings of one page are fetched once.
    /// </summary>
    public static string DedupeKey(Uri url)
    {
        var path = url.AbsolutePath.Length > 1 ? url.AbsolutePath.TrimEnd('/') : url.AbsolutePath;
        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port;
        return SiteScope.SiteKey(url.IdnHost) + port + path + url.Query;
    }
}
