namespace LeadIntel.Demo.Catalog;

/// <summary>
/// One invented business: what the directory shows about it, how it shows it, and what its own website says.
/// The facts here are the ground truth an extractor is measured against.
/// </summary>
public sealed record Business
{
    /// <summary>URL key, unique in the catalog, e.g. <c>bright-smile-dental-toronto</c>.</summary>
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required Category Category { get; init; }

    public required City City { get; init; }

    /// <summary>Street and number as the country writes them.</summary>
    public required string StreetLine { get; init; }

    public required string PostalCode { get; init; }

    public string Address => City.FormatAddress(StreetLine, PostalCode);

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>The main number: on the directory (in <see cref="PhoneStyle"/>) and on the website.</summary>
    public required DemoPhone Phone { get; init; }

    /// <summary>How the directory writes the main number (one of <see cref="DemoPhone.Formats"/>).</summary>
    public required string PhoneDisplay { get; init; }

    public required PhoneStyle PhoneStyle { get; init; }

    /// <summary>A mobile shown on the website's contact page (with a WhatsApp link when <see cref="HasWhatsApp"/>).</summary>
    public DemoPhone? Mobile { get; init; }

    public bool HasWhatsApp { get; init; }

    /// <summary>A fax number on the website's contact page: a real number, but not one to call.</summary>
    public DemoPhone? Fax { get; init; }

    /// <summary>The domain the business would own, e.g. <c>brightsmiledental.ca</c>; null when it has no website.</summary>
    public string? WebsiteDomain { get; init; }

    public bool HasWebsite => WebsiteDomain is not null;

    /// <summary>True when the website's contact page links the main number with <c>tel:</c>; otherwise it is plain text.</summary>
    public bool WebsiteTelLink { get; init; }

    /// <summary>The address customers write to; null when the business shows none.</summary>
    public string? Email { get; init; }

    public EmailStyle EmailStyle { get; init; }

    /// <summary>True when the directory detail page carries a <c>mailto:</c> link too.</summary>
    public bool EmailOnDirectory { get; init; }

    public required double Rating { get; init; }

    public required int ReviewCount { get; init; }

    /// <summary>1 to 4 (shown as $, $$, ...).</summary>
    public required int PriceLevel { get; init; }

    public required int Established { get; init; }

    public required IReadOnlyList<OpeningHours> Hours { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<Review> Reviews { get; init; }

    /// <summary>True when the detail page carries a JSON-LD LocalBusiness block.</summary>
    public required bool HasJsonLd { get; init; }

    /// <summary>True when the coordinates are in JSON-LD <c>geo</c>; otherwise only in the map's data attributes.</summary>
    public required bool GeoInJsonLd { get; init; }

    /// <summary>The directory's own listing number: ten digits that are not a phone.</summary>
    public required string ListingId { get; init; }

    public required DateOnly UpdatedOn { get; init; }

    /// <summary>schema.org <c>openingHours</c>, joined with "; ".</summary>
    public string HoursText => string.Join("; ", Hours.Select(h => h.ToSchema()));
}
