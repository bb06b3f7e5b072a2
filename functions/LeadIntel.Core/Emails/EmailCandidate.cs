namespace LeadIntel.Core.Emails;

/// <summary>A valid email address found in text, with where it stood.</summary>
public sealed record EmailCandidate(string Address, int Start, int Length);
