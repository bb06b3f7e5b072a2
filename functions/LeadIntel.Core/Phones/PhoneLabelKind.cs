namespace LeadIntel.Core.Phones;

/// <summary>What the words just before a digit run say it is.</summary>
public enum PhoneLabelKind
{
    /// <summary>No telling label.</summary>
    None,

    /// <summary>"Tel", "Phone", "Call", "Mobile", ...: a positive cue.</summary>
    Phone,

    /// <summary>"Fax", "Telefax" without a phone word: a fax line, not a number to call.</summary>
    Fax,

    /// <summary>"Order", "SKU", "Invoice", "Ref", "ID", "Art.-Nr.", "ISBN", currency codes, ...: not a phone.</summary>
    Identifier,
}
