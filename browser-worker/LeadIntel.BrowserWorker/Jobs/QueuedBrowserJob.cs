using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Jobs;

/// <summary>A job as delivered by the queue: the message's identity, its receipt (changes on every renewal) and how often it was delivered.</summary>
public sealed class QueuedBrowserJob(BrowserJob? job, string messageId, string receipt, long dequeueCount, string body)
{
    /// <summary>null when the message body is not a job (it goes to the poison queue).</summary>
    public BrowserJob? Job { get; } = job;

    public string MessageId { get; } = messageId;

    public string Receipt { get; set; } = receipt;

    public long DequeueCount { get; } = dequeueCount;

    public string Body { get; } = body;
}
