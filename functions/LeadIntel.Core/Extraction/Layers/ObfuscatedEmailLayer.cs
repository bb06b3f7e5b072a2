using LeadIntel.Core.Emails;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Extraction.Layers;

/// <summary>
/// Email addresses written to dodge scrapers: spelled-out or bracketed "at"/"dot" in the visible text
/// (<see cref="ObfuscatedEmailText"/>) and HTML character references in the page source (<see cref="EntityEncodedEmails"/>).
/// Only addresses that needed undoing are reported; plain ones belong to the visible-text layer.
/// </summary>
public sealed class ObfuscatedEmailLayer(double confidence = 0.60) : IEmailLayer
{
    public string Name => ExtractionLayers.Obfuscated;

    public IEnumerable<EmailHit> Find(HtmlPage page)
    {
        var text = page.VisibleText;
        var source = page.Url?.ToString();
        var plain = EmailScanner.Scan(text).Select(c => c.Address).ToHashSet(StringComparer.Ordinal);
        var revealed = ObfuscatedEmailText.Reveal(text);
        foreach (var candidate in EmailScanner.Scan(revealed))
        {
            if (plain.Add(candidate.Address))
            {
                yield return new EmailHit(candidate.Address, Name, confidence, ContextSnippet.Around(revealed, candidate.Start, candidate.Length), source);
            }
        }

        foreach (var address in EntityEncodedEmails.Find(page.Document.Source.Text))
        {
            yield return new EmailHit(address, Name, confidence, "HTML character references", source);
        }
    }
}
