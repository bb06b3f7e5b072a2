namespace LeadIntel.Workflows.Archive;

/// <summary>Archival of cold leads. Bound from <c>LeadIntel:Archive</c>.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "LeadIntel:Archive";

    /// <summary>Whether <c>leadintel up</c> keeps the eternal archive orchestration running.</summary>
    public bool Enabled { get; set; } = true;

    public string Container { get; set; } = "archive";

    public string Table { get; set; } = "archives";

    /// <summary>A campaign whose newest lead is older than this many days moves to the archive.</summary>
    public int ArchiveAfterDays { get; set; } = 90;

    /// <summary>An archive whose newest lead is older than this many days is deleted for good.</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>A restored campaign stays in hot storage at least this many days before it is archived again.</summary>
    public int RestoreHoldDays { get; set; } = 7;

    /// <summary>Minutes between two archive runs.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Campaigns looked at per orchestration generation (each generation starts a fresh history).</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>Seconds between a verified archive and the delete of its hot copy (a window to notice a mistake).</summary>
    public int HotDeleteGraceSeconds { get; set; }
}
