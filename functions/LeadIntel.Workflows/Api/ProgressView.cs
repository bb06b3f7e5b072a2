using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Api;

/// <summary>A campaign's progress: totals and the per-platform counters.</summary>
public sealed record ProgressView(
    string Stage,
    int SearchesTotal,
    int SearchesDone,
    int Found,
    int Processed,
    int Leads,
    int Phones,
    int Errors,
    IReadOnlyDictionary<string, SearchProgress> Platforms);
