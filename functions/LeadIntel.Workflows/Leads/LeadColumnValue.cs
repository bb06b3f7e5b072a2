namespace LeadIntel.Workflows.Leads;

/// <summary>One column of a lead as the flat exports write it.</summary>
/// <param name="Text">The cell text, null when empty.</param>
/// <param name="FromPage">True for text taken from a page (guarded against spreadsheet formulas); false for what LeadIntel formats.</param>
/// <param name="Number">The value as a number, for spreadsheet cells that should be numeric.</param>
public readonly record struct LeadColumnValue(string? Text, bool FromPage, double? Number = null);
