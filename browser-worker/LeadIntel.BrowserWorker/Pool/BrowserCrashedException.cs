namespace LeadIntel.BrowserWorker.Pool;

/// <summary>The browser under a job went away (crash, kill, disconnect). Transient: retry the job on a new lease.</summary>
public sealed class BrowserCrashedException(string message, Exception? inner = null) : Exception(message, inner);
