namespace LeadIntel.Core.Evaluation;

/// <summary>One page's comparison for phones and emails, and the labelled negatives (fax, hidden) that were reported as phones.</summary>
public sealed record PageScore(CorpusLabel Label, SetComparison Phones, SetComparison Emails, IReadOnlyList<LabelledNegative> NegativeHits);
