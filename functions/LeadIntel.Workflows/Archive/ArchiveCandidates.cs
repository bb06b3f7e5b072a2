namespace LeadIntel.Workflows.Archive;

/// <summary>One page of candidates and the token of the next page (null after the last).</summary>
public sealed record ArchiveCandidates(IReadOnlyList<ArchiveCandidate> Candidates, string? Next);
