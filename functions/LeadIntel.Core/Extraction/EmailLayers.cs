using LeadIntel.Core.Extraction.Layers;

namespace LeadIntel.Core.Extraction;

/// <summary>The standard email layers, strongest first.</summary>
public static class EmailLayers
{
    public static IReadOnlyList<IEmailLayer> Html() => [new MailtoLayer(), new JsonLdEmailLayer(), new VisibleTextEmailLayer(), new ObfuscatedEmailLayer()];
}
