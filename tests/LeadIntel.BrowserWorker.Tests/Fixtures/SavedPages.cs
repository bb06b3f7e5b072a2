using LeadIntel.BrowserWorker.Platforms;

namespace LeadIntel.BrowserWorker.Tests.Fixtures;

/// <summary>Rendered pages saved from the replicas; the first line is <c>&lt;!-- url: ... --&gt;</c> with where the page was.</summary>
internal static class SavedPages
{
    public static PageCapture Load(string relativePath)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        var first = html[..html.IndexOf('\n')];
        var url = first.Replace("<!-- url:", string.Empty).Replace("-->", string.Empty).Trim();
        return new PageCapture(new Uri(url), html);
    }
}
