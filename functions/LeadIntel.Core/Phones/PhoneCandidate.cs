namespace LeadIntel.Core.Phones;

/// <summary>A validated phone number found in plain text by <see cref="PhoneCandidateScanner"/>.</summary>
/// <param name="Raw">The number as written, folded to ASCII digits, without its extension.</param>
/// <param name="E164">libphonenumber's E.164 form, without extension.</param>
/// <param name="Extension">Extension digits written after the number ("ext. 12", "x12"), if any.</param>
/// <param name="Start">Index in the scanned text where the number starts.</param>
/// <param name="Length">Length in the scanned text, extension included.</param>
/// <param name="Labelled">True when a phone word ("Tel", "Phone", "Call", ...) stood right before it.</param>
public sealed record PhoneCandidate(string Raw, string E164, string? Extension, int Start, int Length, bool Labelled);
