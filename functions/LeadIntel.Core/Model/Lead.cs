namespace LeadIntel.Core.Model;

/// <summary>
/// One business or person found by a platform. JSON field names (snake_case) are a contract:
/// the leads API, the CSV columns and the web app rely on them.
/// </summary>
public sealed record Lead
{
    /// <summary>Platform that found it: website, directory, google_maps, linkedin, twitter, facebook, instagram.</summary>
    public required string Platform { get; init; }

    /// <summary>The campaign query that led to it.</summary>
    public required string Query { get; init; }

    public required string Name { get; init; }

    /// <summary>Where the lead was found (listing, profile or place URL).</summary>
    public required string Url { get; init; }

    /// <summary>The business's own website, when known.</summary>
    public string? Website { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public IReadOnlyList<Email> Emails { get; init; } = [];

    public string? Category { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public double? Rating { get; init; }

    public int? ReviewsCount { get; init; }

    public string? Hours { get; init; }

    /// <summary>Free text: a bio, headline or description.</summary>
    public string? Description { get; init; }

    /// <summary>A person's school, when the platform shows one (LinkedIn education).</summary>
    public string? School { get; init; }

    /// <summary>A person's field of study (the seed's field_of_study filter).</summary>
    public string? FieldOfStudy { get; init; }

    /// <summary>business, person or student (see the seed's student_only filter).</summary>
    public string? Kind { get; init; }

    public DateTimeOffset FoundAt { get; init; }
}
