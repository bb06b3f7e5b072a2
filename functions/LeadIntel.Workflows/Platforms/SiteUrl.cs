namespace LeadIntel.Workflows.Platforms;

/// <summary>Turns what a user types for a website ("acme.com", "https://acme.com/about") into an http(s) URL.</summary>
public static class SiteUrl
{
    public static Uri? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }

        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        // A bare word ("dentists") is not a domain; a loopback or IP host is fine.
        return url.HostNameType == UriHostNameType.Dns && !url.Host.Contains('.', StringComparison.Ordinal) && url.Host != "localhost" ? null : url;
    }

    /// <summary>
    /// The key that says two websites are the same business: the host, lower case, without <c>www.</c>.
    /// Sites on a loopback or IP host (test and demo sites share one) are told apart by port and path too.
    /// </summary>
    public static string? DedupeKey(string? website)
    {
        if (website is null || TryParse(website) is not { } url)
        {
            return null;
        }

        if (url.HostNameType != UriHostNameType.Dns || url.IsLoopback)
        {
            return (url.Authority + url.AbsolutePath.TrimEnd('/')).ToLowerInvariant();
        }

        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
