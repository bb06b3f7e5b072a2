using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Demo.Sites;

/// <summary>A business website's about page: history and team, no contact details.</summary>
internal static class SiteAboutView
{
    private static readonly string[] FirstNames = ["Anna", "Ravi", "Jonas", "Lea", "Marcus", "Inès", "Yuki", "Grace", "Omar", "Sophie"];

    public static string Render(Business b, DirectoryLinks links)
    {
        var t = SiteTexts.For(b.City.Language);
        // Team names come from the listing number's digits: stable per business without another random draw.
        var team = b.ListingId.Take(3).Select(d => FirstNames[d - '0']).Distinct().ToList();
        var body = $"""
            <h1>{t.About}</h1>
            <p>{Html.E(b.Description)}</p>
            <p>{t.Since} {b.Established}.</p>
            <h2>{t.Team}</h2>
            <ul class="team">{string.Concat(team.Select(n => $"<li>{Html.E(n)}</li>"))}</ul>
            """;
        return SiteLayout.Render(b, links, t.About, body);
    }
}
