using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>An observer that ignores everything (no one is watching).</summary>
public sealed class NullCrawlObserver : ICrawlObserver
{
    public static NullCrawlObserver Instance { get; } = new();

    public ValueTask PhonesAsync(string pageUrl, IReadOnlyList<Phone> phones) => ValueTask.CompletedTask;

    public ValueTask LeadAsync(Lead lead) => ValueTask.CompletedTask;

    public ValueTask ProgressAsync(CrawlProgress progress) => ValueTask.CompletedTask;

    public ValueTask LogAsync(string message) => ValueTask.CompletedTask;
}
