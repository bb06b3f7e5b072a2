namespace LeadIntel.Workflows.Archive;

/// <summary>One campaign's archive: where it is, what it holds and which step it reached (see <see cref="ArchiveStates"/>).</summary>
public sealed record ArchiveRecord(
    string User,
    string Campaign,
    string State,
    string Blob,
    long Rows,
    long Bytes,
    string Sha256,
    DateTimeOffset? MinFoundAt,
    DateTimeOffset? MaxFoundAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RestoredAt = null);
