namespace LeadIntel.Workflows.Archive;

/// <summary>The verified archive files of one user and month: counts, SHA-256 of each file and the source campaigns.</summary>
public sealed record ArchiveManifest(string User, string Month, IReadOnlyList<ArchiveManifestEntry> Files)
{
    public long Rows => Files.Sum(f => f.Rows);

    /// <summary>This manifest with <paramref name="entry"/> in place of any entry of the same campaign.</summary>
    public ArchiveManifest With(ArchiveManifestEntry entry) =>
        this with { Files = [.. Files.Where(f => f.Campaign != entry.Campaign), entry] };

    public ArchiveManifest Without(string campaign) => this with { Files = Files.Where(f => f.Campaign != campaign).ToList() };
}
