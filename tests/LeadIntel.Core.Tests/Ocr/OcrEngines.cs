using LeadIntel.Core.Ocr;

namespace LeadIntel.Core.Tests.Ocr;

/// <summary>Engines cost ~200 ms each: the OCR test classes share one pool.</summary>
public sealed class OcrEngines : IDisposable
{
    public OcrEnginePool Pool { get; } = new(2);

    public void Dispose() => Pool.Dispose();
}
