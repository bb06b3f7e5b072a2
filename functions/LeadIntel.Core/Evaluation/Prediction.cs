namespace LeadIntel.Core.Evaluation;

/// <summary>What an extractor reported for one page: phone keys (see <see cref="PhoneKey"/>) and lower-cased emails.</summary>
public sealed record Prediction(IReadOnlyCollection<string> Phones, IReadOnlyCollection<string> Emails);
