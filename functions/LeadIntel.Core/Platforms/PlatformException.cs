namespace LeadIntel.Core.Platforms;

/// <summary>
/// A platform page could not be fetched or read. Transient failures (timeouts, 5xx, 429) are retryable; a page that is
/// gone, a block (401/403) or a page the adapter cannot read are not, and retrying them only wastes the budget.
/// </summary>
public sealed class PlatformException : Exception
{
    public PlatformException(string message, bool retryable, Exception? innerException = null)
        : base(message, innerException)
    {
        Retryable = retryable;
    }

    public bool Retryable { get; }
}
