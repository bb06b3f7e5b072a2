namespace LeadIntel.Workflows.Models;

/// <summary>What one (query, platform) search produced: counters and errors; its leads are in part blobs.</summary>
public sealed record SearchResult(
    int SearchIndex,
    string Platform,
    string Query,
    SearchProgress Progress,
    IReadOnlyList<SearchError> Errors)
{
    public bool Failed => Errors.Count > 0 && Progress.Leads == 0;

    public static SearchResult Failure(int searchIndex, string platform, string query, string message) =>
        new(searchIndex, platform, query, SearchProgress.Zero with { Errors = 1 }, [new SearchError(platform, query, message)]);
}
