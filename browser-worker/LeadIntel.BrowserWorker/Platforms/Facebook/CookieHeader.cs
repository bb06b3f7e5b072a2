using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Platforms.Facebook;

/// <summary>A Cookie header (<c>name=value; name2=value2</c>) as browser cookies for one site.</summary>
public static class CookieHeader
{
    public static IReadOnlyList<Cookie> Parse(string? header, Uri site)
    {
        var url = site.GetLeftPart(UriPartial.Authority) + "/";
        return (header ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .Select(pair => new Cookie { Name = pair[0], Value = pair[1], Url = url })
            .ToList();
    }
}
