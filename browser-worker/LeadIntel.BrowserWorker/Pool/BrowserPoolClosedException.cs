namespace LeadIntel.BrowserWorker.Pool;

/// <summary>The pool is shutting down and hands out no more pages.</summary>
public sealed class BrowserPoolClosedException() : InvalidOperationException("The browser pool is shutting down.");
