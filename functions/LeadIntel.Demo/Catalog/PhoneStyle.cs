namespace LeadIntel.Demo.Catalog;

/// <summary>How a directory detail page shows the business's phone: each style needs a different extraction layer.</summary>
public enum PhoneStyle
{
    /// <summary>A <c>tel:</c> link (and JSON-LD <c>telephone</c> when the page has JSON-LD).</summary>
    TelLink,

    /// <summary>Plain text split across spans; not in JSON-LD.</summary>
    SplitText,

    /// <summary>Only in JSON-LD <c>telephone</c>; the page shows a "Show number" button.</summary>
    JsonLdOnly,

    /// <summary>Only as a PNG image; the number is readable as text on the business's website.</summary>
    Image,
}
