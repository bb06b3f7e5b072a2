namespace LeadIntel.Workflows.Models;

/// <summary>The campaign orchestration's custom status: its stage and the counters of finished searches per platform.</summary>
public sealed record CampaignProgress(
    string Stage,
    int SearchesTotal,
    int SearchesDone,
    IReadOnlyDictionary<string, SearchProgress> Platforms,
    IReadOnlyList<SearchError> Errors)
{
    public const string Searching = "searching";
    public const string Merging = "merging";
    public const string Done = "done";

    public static CampaignProgress From(string stage, int total, IReadOnlyList<SearchResult> done) => new(
        stage,
        total,
        done.Count,
        done.GroupBy(r => r.Platform, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(SearchProgress.Zero, (sum, r) => sum.Add(r.Progress)), StringComparer.Ordinal),
        done.SelectMany(r => r.Errors).ToList());
}
