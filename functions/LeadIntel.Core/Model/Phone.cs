namespace LeadIntel.Core.Model;

/// <summary>A normalized phone number with fused confidence and the evidence behind it.</summary>
/// <param name="E164">E.164 without extension, e.g. <c>+14165550123</c>.</param>
/// <param name="National">National format, e.g. <c>(416) 555-0123</c>.</param>
/// <param name="Raw">The text as first seen.</param>
/// <param name="Extension">Extension digits kept apart from <paramref name="E164"/>.</param>
/// <param name="Type">libphonenumber type in snake case: mobile, fixed_line, toll_free, ...</param>
/// <param name="Region">ISO 3166 region the number belongs to.</param>
/// <param name="Fictional">True when the number lies in a range reserved for fiction (e.g. NANP 555-01xx).</param>
/// <param name="Confidence">Fused confidence of all evidence (0..1, capped below 1).</param>
public sealed record Phone(
    string E164,
    string National,
    string Raw,
    string? Extension,
    string Type,
    string Region,
    bool Fictional,
    double Confidence,
    IReadOnlyList<PhoneEvidence> Evidence);
