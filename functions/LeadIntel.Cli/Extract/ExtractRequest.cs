namespace LeadIntel.Cli.Extract;

/// <summary>What <c>leadintel extract</c> was asked to do.</summary>
public sealed record ExtractRequest(string Region, bool Ocr, bool Crawl, int MaxPages, int MaxDepth);
