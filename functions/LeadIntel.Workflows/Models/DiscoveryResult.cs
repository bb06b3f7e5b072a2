namespace LeadIntel.Workflows.Models;

/// <summary>What discovery found: how many listings, in which blob; or why it found none.</summary>
public sealed record DiscoveryResult(string ListingsBlob, int Count, string? Error = null);
