using System.Text.Json.Serialization;

namespace LeadIntel.Core.Platforms;

/// <summary>
/// A search handed to the browser worker pool through its Azure Storage queue. The worker writes the
/// leads as part blobs under <see cref="PartsPrefix"/> (see <see cref="PartName"/>) and reports a
/// <see cref="BrowserJobResult"/> on the results queue; the orchestration side raises
/// <see cref="EventName"/> on <see cref="InstanceId"/> with it.
/// </summary>
/// <param name="InstanceId">The orchestration instance waiting for the result.</param>
/// <param name="SearchIndex">The (query, platform) pair's index in the campaign; keys the part blobs.</param>
/// <param name="Platform">google_maps, linkedin, twitter, facebook or instagram.</param>
/// <param name="Region">ISO 3166 default region for phone parsing.</param>
/// <param name="PartsPrefix">Blob name prefix of the campaign's lead parts, e.g. <c>{user}/{campaign}/parts/</c>.</param>
/// <param name="Ocr">Read phones drawn as images on detail pages (layer <c>ocr</c>); null leaves it to the worker's setting.</param>
public sealed record BrowserJob(
    string InstanceId,
    string CampaignId,
    string UserId,
    int SearchIndex,
    string Platform,
    string Query,
    int MaxResults,
    string Region,
    string PartsPrefix,
    bool? Ocr = null)
{
    public const string EventName = "BrowserJobCompleted";

    /// <summary>
    /// The part blob holding leads from <paramref name="offset"/> on. Keyed by search and offset, so a
    /// redelivered job overwrites its own parts instead of adding duplicates.
    /// </summary>
    public string PartName(int offset) => $"{PartsPrefix}{SearchIndex:D3}-{offset:D6}.json";

    /// <summary>The prefix shared by every part of this job (to clear stale parts before a rerun).</summary>
    [JsonIgnore]
    public string JobPartsPrefix => $"{PartsPrefix}{SearchIndex:D3}-";
}
