namespace LeadIntel.Workflows.Archive;

/// <summary>A campaign an archive run looks at.</summary>
public sealed record ArchiveCandidate(string User, string Campaign, DateTimeOffset CreatedAt)
{
    public string Blob => ArchiveBlobPaths.Csv(User, Campaign, CreatedAt);
}
