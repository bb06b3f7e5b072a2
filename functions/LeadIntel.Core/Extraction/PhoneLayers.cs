using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Extraction;

/// <summary>The standard phone layers, strongest first.</summary>
public static class PhoneLayers
{
    public static IReadOnlyList<IPhoneLayer> Html() => [new TelLinkLayer(), new JsonLdLayer(), new VisibleTextLayer()];
}
