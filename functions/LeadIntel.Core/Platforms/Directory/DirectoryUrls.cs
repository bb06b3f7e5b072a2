namespace LeadIntel.Core.Platforms.Directory;

/// <summary>The directory's URL scheme: <c>{base}/search?q=dentists+in+Toronto&amp;page=2</c>.</summary>
public static class DirectoryUrls
{
    /// <summary>The search results page for a query (page 1 has no page parameter, as the site links it).</summary>
    /// <param name="baseUrl">The directory root, e.g. <c>http://127.0.0.1:7071/demo/directory/</c> (a missing trailing slash is added).</param>
    public static Uri Search(Uri baseUrl, string query, int page = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var q = Uri.EscapeDataString(query.Trim()).Replace("%20", "+", StringComparison.Ordinal);
        var relative = page == 1 ? $"search?q={q}" : $"search?q={q}&page={page}";
        return new Uri(Root(baseUrl), relative);
    }

    /// <summary>The base URL as a directory (ending in a slash), so relative URLs resolve under it.</summary>
    public static Uri Root(Uri baseUrl) =>
        baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new UriBuilder(baseUrl) { Path = baseUrl.AbsolutePath + "/" }.Uri;
}
