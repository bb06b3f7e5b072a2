using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>
/// Phones in the text a person sees (<see cref="HtmlPage.VisibleText"/>), found by <see cref="PhoneCandidateScanner"/>
/// in the page's region. Extensions come apart from the number; fax lines and look-alikes are left out.
/// </summary>
public sealed class VisibleTextLayer(double confidence = 0.70) : IPhoneLayer
{
    public string Name => ExtractionLayers.VisibleText;

    public IEnumerable<PhoneHit> Find(HtmlPage page)
    {
        var text = page.VisibleText;
        var source = page.Url?.ToString();
        foreach (var candidate in PhoneCandidateScanner.Scan(text, page.Region))
        {
            var context = ContextSnippet.Around(text, candidate.Start, candidate.Length);
            yield return new PhoneHit(candidate.Raw, Name, confidence, context, candidate.Extension, Source: source);
        }
    }
}
