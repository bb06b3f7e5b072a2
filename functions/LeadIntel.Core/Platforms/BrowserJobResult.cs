using System.Text.Json.Serialization;

namespace LeadIntel.Core.Platforms;

/// <summary>
/// What a browser job produced, posted on the results queue. Leads are in <see cref="Parts"/> (blob
/// names), never in the message. A blocked or failed job says so in <see cref="Status"/>; it is never an
/// empty success.
/// </summary>
/// <param name="Status">See <see cref="BrowserJobStatus"/>: <c>completed</c>, <c>blocked: login required</c>, <c>failed: ...</c>.</param>
/// <param name="Found">Listings discovered.</param>
/// <param name="Processed">Listings read.</param>
/// <param name="Leads">Leads written to the parts.</param>
/// <param name="Phones">Phones on those leads.</param>
/// <param name="Errors">Per-listing or per-step failures, as text.</param>
/// <param name="Attempt">How many times the job was delivered (1 on the first try).</param>
public sealed record BrowserJobResult(
    string InstanceId,
    string CampaignId,
    string UserId,
    int SearchIndex,
    string Platform,
    string Query,
    string Status,
    int Found,
    int Processed,
    int Leads,
    int Phones,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Parts,
    int Attempt,
    DateTimeOffset FinishedAt)
{
    [JsonIgnore]
    public bool Completed => Status == BrowserJobStatus.Completed;

    public static BrowserJobResult Failure(BrowserJob job, string status, string error, int attempt, DateTimeOffset at) =>
        new(job.InstanceId, job.CampaignId, job.UserId, job.SearchIndex, job.Platform, job.Query, status, 0, 0, 0, 0, [error], [], attempt, at);
}
