using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>Hears what a crawl does as it happens (the live view, logs). Calls come from the crawl, one at a time.</summary>
public interface ICrawlObserver
{
    /// <summary>Phones located on the page just read, with their boxes.</summary>
    ValueTask PhonesAsync(string pageUrl, IReadOnlyList<Phone> phones);

    ValueTask LeadAsync(Lead lead);

    ValueTask ProgressAsync(CrawlProgress progress);

    ValueTask LogAsync(string message);
}
