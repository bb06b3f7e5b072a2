namespace LeadIntel.Workflows.Storage;

/// <summary>
/// A search handed to the browser worker pool. The worker writes its leads as part blobs and raises
/// <see cref="EventName"/> on <see cref="InstanceId"/> with a <see cref="Models.SearchResult"/>.
/// </summary>
public sealed record BrowserJob(
    string InstanceId,
    string CampaignId,
    string UserId,
    int SearchIndex,
    string Platform,
    string Query,
    int MaxResults,
    string Region,
    string PartsPrefix)
{
    public const string EventName = "BrowserJobCompleted";
}
