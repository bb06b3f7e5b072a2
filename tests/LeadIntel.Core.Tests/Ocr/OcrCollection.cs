namespace LeadIntel.Core.Tests.Ocr;

/// <summary>OCR test classes share <see cref="OcrEngines"/> and run one after another (OCR is CPU-bound).</summary>
[CollectionDefinition(Name)]
public sealed class OcrCollection : ICollectionFixture<OcrEngines>
{
    public const string Name = "ocr";
}
