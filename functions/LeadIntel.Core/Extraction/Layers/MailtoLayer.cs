using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>Emails in <c>mailto:</c> links (several recipients allowed, query stripped).</summary>
public sealed class MailtoLayer(double confidence = 0.95) : IEmailLayer
{
    public string Name => ExtractionLayers.Mailto;

    public IEnumerable<EmailHit> Find(HtmlPage page)
    {
        foreach (var link in page.Document.QuerySelectorAll("a[href^='mailto:' i]"))
        {
            var value = Uri.UnescapeDataString(link.GetAttribute("href")!.Trim()[7..]);
            var query = value.IndexOf('?');
            if (query >= 0)
            {
                value = value[..query];
            }

            foreach (var address in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new EmailHit(address, Name, confidence, ContextSnippet.Clean(link.TextContent), page.Url?.ToString());
            }
        }
    }
}
