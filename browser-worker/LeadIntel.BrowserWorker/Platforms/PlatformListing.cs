using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>
/// A lead as one page shows it, with its raw phone sightings not yet normalized. A listing card is
/// usually partial (<see cref="Complete"/> false) and its detail page completes it.
/// </summary>
/// <param name="Key">Dedupe key: place id, profile URL, handle.</param>
/// <param name="EmailHits">Raw email sightings (a bio, a page's contact info), validated and fused by <see cref="ToLead"/>.</param>
public sealed record PlatformListing(string Key, Lead Lead, IReadOnlyList<PhoneHit> PhoneHits, bool Complete, IReadOnlyList<EmailHit>? EmailHits = null)
{
    /// <summary>This listing with <paramref name="detail"/>'s fields where the detail has them.</summary>
    public PlatformListing Merge(PlatformListing detail)
    {
        var a = Lead;
        var b = detail.Lead;
        var lead = a with
        {
            Name = string.IsNullOrWhiteSpace(b.Name) ? a.Name : b.Name,
            Url = string.IsNullOrWhiteSpace(b.Url) ? a.Url : b.Url,
            Website = b.Website ?? a.Website,
            Category = b.Category ?? a.Category,
            Address = b.Address ?? a.Address,
            Latitude = b.Latitude ?? a.Latitude,
            Longitude = b.Longitude ?? a.Longitude,
            Rating = b.Rating ?? a.Rating,
            ReviewsCount = b.ReviewsCount ?? a.ReviewsCount,
            Hours = b.Hours ?? a.Hours,
            Description = b.Description ?? a.Description,
            Kind = b.Kind ?? a.Kind,
            School = b.School ?? a.School,
            FieldOfStudy = b.FieldOfStudy ?? a.FieldOfStudy,
        };
        return new PlatformListing(Key, lead, [.. PhoneHits, .. detail.PhoneHits], Complete || detail.Complete, [.. EmailHits ?? [], .. detail.EmailHits ?? []]);
    }

    /// <summary>The lead with its phones and emails normalized, deduped and fused (plus any phone sightings found on the live page).</summary>
    public Lead ToLead(string region, IEnumerable<PhoneHit>? more = null)
    {
        var phones = new PhoneAggregator();
        phones.AddRange(PhoneHits, region);
        if (more is not null)
        {
            phones.AddRange(more, region);
        }

        if (EmailHits is not { Count: > 0 })
        {
            return Lead with { Phones = phones.Build() };
        }

        var emails = new EmailAggregator();
        emails.AddRange(EmailHits);
        return Lead with { Phones = phones.Build(), Emails = emails.Build() };
    }
}
