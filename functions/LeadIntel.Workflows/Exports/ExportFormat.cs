namespace LeadIntel.Workflows.Exports;

/// <summary>The file an export streams.</summary>
public enum ExportFormat
{
    Csv,
    /// <summary>One JSON array of leads.</summary>
    JsonArray,
    /// <summary>Newline-delimited JSON: one lead object per line.</summary>
    Ndjson,
    Xlsx,
}
