namespace LeadIntel.Workflows.Platforms;

/// <summary>A listing or query that cannot be read whatever the number of tries (bad input, gone, blocked).</summary>
public sealed class ListingException(string message, Exception? inner = null) : Exception(message, inner);
