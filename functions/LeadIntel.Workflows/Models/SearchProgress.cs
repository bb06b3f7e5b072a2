namespace LeadIntel.Workflows.Models;

/// <summary>Counters of one (query, platform) search or of their sum; the orchestrations' custom status.</summary>
/// <param name="Found">Listings discovered.</param>
/// <param name="Processed">Listings read (with or without contact data).</param>
/// <param name="Leads">Leads written to part files.</param>
/// <param name="Phones">Phones on those leads.</param>
/// <param name="Errors">Listings or steps that failed.</param>
public sealed record SearchProgress(int Found = 0, int Processed = 0, int Leads = 0, int Phones = 0, int Errors = 0)
{
    public static SearchProgress Zero { get; } = new();

    public SearchProgress Add(SearchProgress other) => new(
        Found + other.Found, Processed + other.Processed, Leads + other.Leads, Phones + other.Phones, Errors + other.Errors);
}
