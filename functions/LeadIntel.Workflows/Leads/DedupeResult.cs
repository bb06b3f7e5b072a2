using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Leads;

/// <summary>Leads after dedupe and how many were merged away.</summary>
public sealed record DedupeResult(IReadOnlyList<Lead> Leads, int Duplicates);
