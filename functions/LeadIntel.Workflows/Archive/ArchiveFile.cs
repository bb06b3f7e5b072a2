namespace LeadIntel.Workflows.Archive;

/// <summary>What was written to an archive file: row count, compressed size and SHA-256, the leads' time span.</summary>
public sealed record ArchiveFile(string Blob, long Rows, long Bytes, string Sha256, DateTimeOffset? MinFoundAt, DateTimeOffset? MaxFoundAt);
