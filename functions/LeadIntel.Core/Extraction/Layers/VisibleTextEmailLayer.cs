using LeadIntel.Core.Emails;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>Email addresses written plainly in the text a person sees.</summary>
public sealed class VisibleTextEmailLayer(double confidence = 0.70) : IEmailLayer
{
    public string Name => ExtractionLayers.VisibleText;

    public IEnumerable<EmailHit> Find(HtmlPage page)
    {
        var text = page.VisibleText;
        var source = page.Url?.ToString();
        foreach (var candidate in EmailScanner.Scan(text))
        {
            yield return new EmailHit(candidate.Address, Name, confidence, ContextSnippet.Around(text, candidate.Start, candidate.Length), source);
        }
    }
}
