namespace LeadIntel.Core.Platforms;

/// <summary>
/// One unit of platform work: fetch one page and parse it. Plain strings only, so a durable orchestrator can pass
/// it to an activity and keep it in history.
/// </summary>
/// <param name="Platform">The adapter that runs it, e.g. <c>directory</c>.</param>
/// <param name="Label">What kind of page it is: one of <see cref="PlatformJobLabels"/>.</param>
/// <param name="Url">The page to fetch.</param>
/// <param name="Query">The campaign query the job serves (written into leads).</param>
/// <param name="Region">Default region for phone parsing.</param>
public sealed record PlatformJob(string Platform, string Label, string Url, string Query, string Region)
{
    /// <summary>Jobs with the same key are the same work: runners run each key once.</summary>
    public string Key => $"{Platform}|{Label}|{Url}";
}
