namespace LeadIntel.BrowserWorker.Crawling;

/// <summary>The platform's first page could not be loaded. Transient: the job goes back to the queue for a later try.</summary>
public sealed class PlatformUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
