using LeadIntel.Core.Model;

namespace LeadIntel.Core.Analytics;

/// <summary>
/// The running measures of one analytics cell. Counters are integers (confidence in millionths) so that
/// folding cells in any order gives the same result; distinct counts are <see cref="DistinctSketch"/>es.
/// </summary>
public sealed class CellMeasures
{
    /// <summary>A number this sure came from a structured source (tel: link, JSON-LD) or several layers.</summary>
    public const double VerifiedConfidence = 0.9;

    public long Leads { get; set; }

    public long LeadsWithPhone { get; set; }

    public long LeadsWithEmail { get; set; }

    public long Phones { get; set; }

    /// <summary>Sum of the phones' confidences in millionths.</summary>
    public long ConfidenceMicros { get; set; }

    public DistinctSketch DistinctPhones { get; init; } = new();

    public DistinctSketch VerifiedPhones { get; init; } = new();

    public DistinctSketch Campaigns { get; init; } = new();

    /// <summary>Counts one lead with the phones that belong to this cell.</summary>
    public void AddLead(IReadOnlyList<Phone> cellPhones, bool hasEmail, ulong campaignHash)
    {
        Leads++;
        if (cellPhones.Count > 0)
        {
            LeadsWithPhone++;
        }

        if (hasEmail)
        {
            LeadsWithEmail++;
        }

        Campaigns.Add(campaignHash);
        foreach (var phone in cellPhones)
        {
            Phones++;
            ConfidenceMicros += Micros(phone.Confidence);
            var hash = StableHash.Of(phone.E164);
            DistinctPhones.Add(hash);
            if (phone.Confidence >= VerifiedConfidence)
            {
                VerifiedPhones.Add(hash);
            }
        }
    }

    public void Merge(CellMeasures other)
    {
        Leads += other.Leads;
        LeadsWithPhone += other.LeadsWithPhone;
        LeadsWithEmail += other.LeadsWithEmail;
        Phones += other.Phones;
        ConfidenceMicros += other.ConfidenceMicros;
        DistinctPhones.Merge(other.DistinctPhones);
        VerifiedPhones.Merge(other.VerifiedPhones);
        Campaigns.Merge(other.Campaigns);
    }

    public AnalyticsFigures ToFigures() => new()
    {
        Leads = Leads,
        LeadsWithPhone = LeadsWithPhone,
        LeadsWithEmail = LeadsWithEmail,
        Phones = Phones,
        DistinctPhones = DistinctPhones.Count,
        VerifiedPhones = VerifiedPhones.Count,
        Campaigns = Campaigns.Count,
        AvgConfidence = Phones == 0 ? null : Math.Round(ConfidenceMicros / 1e6 / Phones, 4),
    };

    public static long Micros(double confidence) => (long)Math.Round(confidence * 1_000_000);
}
