using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>
/// Phones a page declares as structured data: JSON-LD <c>telephone</c> anywhere in the tree (contactPoint,
/// location, department, @graph, arrays) and microdata/RDFa <c>telephone</c>. <c>faxNumber</c> is not read.
/// The enclosing address's country, when given, is the region the number is read in.
/// </summary>
public sealed class JsonLdLayer(double confidence = 0.90) : IPhoneLayer
{
    private const string Property = "telephone";

    public string Name => ExtractionLayers.JsonLd;

    public IEnumerable<PhoneHit> Find(HtmlPage page)
    {
        var source = page.Url?.ToString();
        foreach (var value in JsonLdProperties.Find(page.Document, Property).Concat(MicrodataProperties.Find(page.Document, Property)))
        {
            // "416-362-8820 / 416-362-8821" in one value is two numbers; a single one goes to the normalizer as written.
            var several = PhoneCandidateScanner.Scan(value.Value, value.Country ?? page.Region);
            if (several.Count > 1)
            {
                foreach (var candidate in several)
                {
                    yield return new PhoneHit(candidate.Raw, Name, confidence, value.Context, candidate.Extension, value.Country, Source: source);
                }

                continue;
            }

            yield return new PhoneHit(value.Value, Name, confidence, value.Context, RegionHint: value.Country, Source: source);
        }
    }
}
