namespace LeadIntel.Workflows.Archive;

/// <summary>One archived campaign in its month's manifest.</summary>
public sealed record ArchiveManifestEntry(
    string Campaign,
    string Blob,
    long Rows,
    long Bytes,
    string Sha256,
    DateTimeOffset? MinFoundAt,
    DateTimeOffset? MaxFoundAt,
    DateTimeOffset VerifiedAt);
