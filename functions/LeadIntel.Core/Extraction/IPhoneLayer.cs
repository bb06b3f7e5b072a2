namespace LeadIntel.Core.Extraction;

/// <summary>One way of finding phone numbers on an HTML page (tel: links, JSON-LD, visible text, ...).</summary>
public interface IPhoneLayer
{
    /// <summary>The layer name written into evidence.</summary>
    string Name { get; }

    /// <summary>Yields raw sightings; the pipeline normalizes, dedupes and fuses them.</summary>
    IEnumerable<PhoneHit> Find(HtmlPage page);
}
