namespace LeadIntel.Workflows.Archive;

/// <summary>
/// Where a campaign is in archival. Each step is recorded only after it is done, so a crash at any point
/// leaves a state from which the next run continues: <c>written</c> → <c>verified</c> → <c>deleted</c>
/// (hot copy gone); <c>restored</c> (hot again, archive kept); <c>purged</c> (archive gone after retention).
/// </summary>
public static class ArchiveStates
{
    public const string Written = "written";
    public const string Verified = "verified";
    public const string Deleted = "deleted";
    public const string Restored = "restored";
    public const string Purged = "purged";
}
