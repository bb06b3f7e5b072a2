namespace LeadIntel.Workflows.Models;

/// <summary>The merged campaign files and what dedupe and filters did.</summary>
public sealed record MergeResult(int Leads, int Duplicates, int FilteredOut, string CsvBlob, string JsonBlob);
