using LeadIntel.Core.Model;

namespace LeadIntel.Core.Analytics;

/// <summary>One (dimension, value) a lead counts under, with the lead's phones that belong there.</summary>
public readonly record struct LeadCell(string Dimension, string Value, IReadOnlyList<Phone> Phones);
