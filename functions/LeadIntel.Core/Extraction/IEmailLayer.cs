namespace LeadIntel.Core.Extraction;

/// <summary>One way of finding email addresses on an HTML page.</summary>
public interface IEmailLayer
{
    string Name { get; }

    IEnumerable<EmailHit> Find(HtmlPage page);
}
