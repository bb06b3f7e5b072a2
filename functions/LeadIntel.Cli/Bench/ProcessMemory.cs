namespace LeadIntel.Cli.Bench;

/// <summary>Memory of a set of processes: proportional set size (shared pages split between sharers) and resident set size, in bytes.</summary>
public sealed record ProcessMemory(long PssBytes, long RssBytes, int Processes);
