namespace LeadIntel.Core.Tests.Crawling;

/// <summary>What the loopback site answers for one path.</summary>
public sealed record SiteResponse(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static SiteResponse Html(string body) => new(200, "text/html; charset=utf-8", body);

    public static SiteResponse Text(string body) => new(200, "text/plain; charset=utf-8", body);

    public static SiteResponse Redirect(string location, int status = 301) =>
        new(status, "text/html", string.Empty, new Dictionary<string, string> { ["Location"] = location });
}
