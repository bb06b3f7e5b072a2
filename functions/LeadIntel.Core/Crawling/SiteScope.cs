namespace LeadIntel.Core.Crawling;

/// <summary>
/// Which hosts belong to the site being crawled. A host and its <c>www.</c> twin are one site; scheme and
/// port do not matter (http→https redirects stay inside). Other subdomains are separate sites: telling
/// <c>shop.example.com</c> (same owner) from <c>example.github.io</c> (not) needs the public suffix list.
/// </summary>
public sealed class SiteScope
{
    private readonly HashSet<string> _sites = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SiteScope(Uri start)
    {
        Add(start);
    }

    /// <summary>Takes in the site of <paramref name="url"/> too (where the start page redirected, e.g. brand.com → brand.co.uk).</summary>
    public void Add(Uri url)
    {
        lock (_lock)
        {
            _sites.Add(SiteKey(url.IdnHost));
        }
    }

    public bool Contains(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        lock (_lock)
        {
            return _sites.Contains(SiteKey(url.IdnHost));
        }
    }

    /// <summary>The host, lower-cased, without a trailing dot or a leading <c>www.</c>.</summary>
    public static string SiteKey(string host)
    {
        var key = host.ToLowerInvariant().TrimEnd('.');
        return key.StartsWith("www.", StringComparison.Ordinal) && key.Length > 4 ? key[4..] : key;
    }
}
