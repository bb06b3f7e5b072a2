namespace LeadIntel.Demo.Catalog;

/// <summary>How a business's own contact page shows its email address.</summary>
public enum EmailStyle
{
    /// <summary>No address: a contact form only.</summary>
    None,

    /// <summary>A <c>mailto:</c> link.</summary>
    Mailto,

    /// <summary>The address as plain text.</summary>
    PlainText,

    /// <summary>Written to dodge harvesters: <c>info [at] example [dot] ca</c>.</summary>
    Obfuscated,
}
