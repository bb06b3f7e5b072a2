using System.Text.Json;
using LeadIntel.Workflows.Storage;

namespace LeadIntel.Workflows.Platforms;

/// <summary>
/// Serves a website's contacts from the URL cache table while fresh, else reads and stores them. The
/// cache is advisory: when it cannot be reached the site is read anyway.
/// </summary>
public sealed class CachedSiteContactReader(ISiteContactReader inner, UrlCacheTable cache) : ISiteContactReader
{
    public async Task<SiteContacts> ReadAsync(Uri site, string region, CancellationToken ct)
    {
        var key = new Uri(site, $"#region={region}");
        var cached = await TryAsync(() => cache.GetAsync(key, ct));
        if (cached is not null && JsonSerializer.Deserialize(cached, WorkflowJson.Default.SiteContacts) is { } hit)
        {
            return hit;
        }

        var contacts = await inner.ReadAsync(site, region, ct);
        await TryAsync(async () =>
        {
            await cache.PutAsync(key, JsonSerializer.Serialize(contacts, WorkflowJson.Default.SiteContacts), ct);
            return (string?)null;
        });
        return contacts;
    }

    private static async Task<string?> TryAsync(Func<Task<string?>> action)
    {
        try
        {
            return await action();
        }
        catch (Azure.RequestFailedException)
        {
            return null;
        }
    }
}
