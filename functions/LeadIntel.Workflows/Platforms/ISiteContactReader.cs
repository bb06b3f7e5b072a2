namespace LeadIntel.Workflows.Platforms;

/// <summary>Reads the contacts of a business's website over HTTP.</summary>
public interface ISiteContactReader
{
    Task<SiteContacts> ReadAsync(Uri site, string region, CancellationToken ct);
}
