namespace LeadIntel.Demo.Pages;

/// <summary>
/// Where things live on the demo directory. Links inside pages are root-relative (<c>/demo/directory/biz/…</c>);
/// links a business publishes (its website) are absolute, as they would point to another host.
/// </summary>
/// <param name="Origin">Scheme, host and port the request came to, e.g. <c>http://127.0.0.1:7071</c>.</param>
/// <param name="Prefix">Path the directory is mapped under, e.g. <c>/demo/directory</c> (empty for the root).</param>
public sealed record DirectoryLinks(string Origin, string Prefix)
{
    public string Home => Prefix + "/";

    public string Search(string query, int page = 1)
    {
        var q = Uri.EscapeDataString(query).Replace("%20", "+", StringComparison.Ordinal);
        return page <= 1 ? $"{Prefix}/search?q={q}" : $"{Prefix}/search?q={q}&page={page}";
    }

    public string Business(string slug) => $"{Prefix}/biz/{slug}";

    public string PhoneImage(string slug) => $"{Prefix}/img/phone/{slug}.png";

    public string Asset(string file) => $"{Prefix}/assets/{file}";

    /// <summary>A page of a business's own website, e.g. <c>contact</c>; empty for its home page.</summary>
    public string Site(string slug, string page = "") => $"{Prefix}/sites/{slug}/{page}";

    public string Absolute(string path) => Origin + path;
}
