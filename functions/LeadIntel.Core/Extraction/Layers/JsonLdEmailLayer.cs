using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>Emails a page declares as structured data: JSON-LD <c>email</c> anywhere in the tree and microdata/RDFa <c>email</c>.</summary>
public sealed class JsonLdEmailLayer(double confidence = 0.90) : IEmailLayer
{
    private const string Property = "email";

    public string Name => ExtractionLayers.JsonLd;

    public IEnumerable<EmailHit> Find(HtmlPage page)
    {
        var source = page.Url?.ToString();
        foreach (var value in JsonLdProperties.Find(page.Document, Property).Concat(MicrodataProperties.Find(page.Document, Property)))
        {
            var address = value.Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value.Value[7..] : value.Value;
            yield return new EmailHit(address, Name, confidence, value.Context, source);
        }
    }
}
