namespace LeadIntel.Workflows.Models;

/// <summary>
/// What one listing batch produced. <paramref name="Processed"/> counts listings from the batch's start that
/// were handled; fewer than asked means the activity ran out of its time budget and the rest must be
/// scheduled again.
/// </summary>
public sealed record BatchResult(int Processed, int Leads, int Phones, IReadOnlyList<string> Errors);
