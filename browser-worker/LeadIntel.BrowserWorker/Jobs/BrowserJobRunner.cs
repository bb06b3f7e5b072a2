using LeadIntel.BrowserWorker.Crawling;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.PagePhones;
using LeadIntel.BrowserWorker.Platforms;
using LeadIntel.BrowserWorker.Pool;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>
/// Runs one browser job end to end: a leased page, the live view, the platform crawl (restarted on a
/// fresh browser if Chromium dies under it), and the leads written as part blobs keyed by search and
/// offset after the job's stale parts are cleared, so a redelivered job never duplicates leads.
/// </summary>
public sealed partial class BrowserJobRunner(
    BrowserPool pool,
    BrowserPlatformAdapters adapters,
    PlatformCrawler crawler,
    ILeadPartStore parts,
    LiveSessions live,
    IOptions<BrowserJobOptions> options,
    IOptions<PageOcrOptions> ocr,
    TimeProvider time,
    ILogger<BrowserJobRunner> log)
{
    private readonly BrowserJobOptions _options = options.Value;

    /// <summary>Runs the job. Blocks and unknown platforms come back as a result; transient failures throw.</summary>
    public async Task<BrowserJobResult> RunAsync(BrowserJob job, int attempt, CancellationToken ct)
    {
        var adapter = adapters.Find(job.Platform);
        if (adapter is null)
        {
            return BrowserJobResult.Failure(job, BrowserJobStatus.UnknownPlatform, $"no browser adapter for '{job.Platform}'", attempt, time.GetUtcNow());
        }

        var search = new PlatformSearch(job.Platform, job.Query, job.MaxResults, job.Region, ocr.Value.ReadsImages(job.Platform, job.Ocr));
        for (var crash = 0; ; crash++)
        {
            try
            {
                var crawl = await CrawlAsync(adapter, job, search, ct).ConfigureAwait(false);
                return await WriteAsync(job, crawl, attempt, ct).ConfigureAwait(false);
            }
            catch (BrowserCrashedException ex) when (crash < _options.CrashRetries && !ct.IsCancellationRequested)
            {
                LogBrowserCrashed(job.InstanceId, crash + 1, ex.Message);
            }
        }
    }

    private async Task<CrawlResult> CrawlAsync(IBrowserPlatformAdapter adapter, BrowserJob job, PlatformSearch search, CancellationToken ct)
    {
        await using var lease = await pool.AcquireAsync(null, ct).ConfigureAwait(false);
        await using var session = await live.OpenAsync(job.InstanceId, job.CampaignId, job.UserId, lease).ConfigureAwait(false);
        await session.LogAsync($"{job.Platform}: \"{job.Query}\" (up to {job.MaxResults})").ConfigureAwait(false);
        try
        {
            return await crawler.RunAsync(adapter, search, lease, session, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not BrowserCrashedException && !lease.IsBrowserAlive)
        {
            throw new BrowserCrashedException("The browser died during the job.", ex);
        }
    }

    private async Task<BrowserJobResult> WriteAsync(BrowserJob job, CrawlResult crawl, int attempt, CancellationToken ct)
    {
        await parts.DeleteAsync(job.JobPartsPrefix, ct).ConfigureAwait(false);
        var names = new List<string>();
        for (var offset = 0; offset < crawl.Leads.Count; offset += _options.PartSize)
        {
            var name = job.PartName(offset);
            await parts.WriteAsync(name, crawl.Leads.Skip(offset).Take(_options.PartSize).ToList(), ct).ConfigureAwait(false);
            names.Add(name);
        }

        var status = crawl.Block?.Status ?? BrowserJobStatus.Completed;
        var errors = crawl.Block is null ? crawl.Errors : [.. crawl.Errors, $"{crawl.Block.Status} ({crawl.Block.Evidence})"];
        var p = crawl.Progress;
        LogFinished(job.InstanceId, status, crawl.Leads.Count);
        return new BrowserJobResult(
            job.InstanceId, job.CampaignId, job.UserId, job.SearchIndex, job.Platform, job.Query, status,
            p.Found, p.Processed, crawl.Leads.Count, crawl.Leads.Sum(l => l.Phones.Count), errors, names, attempt, time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: browser died ({Crash}), restarting on a new one: {Reason}")]
    private partial void LogBrowserCrashed(string job, int crash, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: {Status}, {Leads} leads")]
    private partial void LogFinished(string job, string status, int leads);
}
