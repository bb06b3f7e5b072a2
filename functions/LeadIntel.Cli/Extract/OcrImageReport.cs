namespace LeadIntel.Cli.Extract;

/// <summary>One page image that <c>--ocr</c> read: where from, how many phones it gave, or why it could not be read.</summary>
public sealed record OcrImageReport(string Url, int Phones, string? Error);
