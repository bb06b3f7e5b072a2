using LeadIntel.Core.Model;

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
            yield return new PhoneHit(value.Value, Name, confidence, value.Context, RegionHint: value.Country, Source: source);
        }
    }
}
