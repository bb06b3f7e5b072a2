using AngleSharp.Dom;
using LeadIntel.Core.Extraction;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>
/// Core's phone and email layers run over one fragment of a page (a bio, an intro) rather than the whole
/// page, so a number in a neighbour's card is not credited to this lead.
/// </summary>
public static class ContactText
{
    private static readonly IReadOnlyList<IPhoneLayer> PhoneLayerSet = PhoneLayers.Html();
    private static readonly IReadOnlyList<IEmailLayer> EmailLayerSet = EmailLayers.Html();

    /// <param name="source">The page the fragment is on (evidence source).</param>
    public static (IReadOnlyList<PhoneHit> Phones, IReadOnlyList<EmailHit> Emails) Find(IElement? fragment, Uri source, string region)
    {
        if (fragment is null)
        {
            return ([], []);
        }

        var page = HtmlPage.Parse($"<html><body>{fragment.OuterHtml}</body></html>", source, region);
        return (PhoneLayerSet.SelectMany(l => l.Find(page)).ToList(), EmailLayerSet.SelectMany(l => l.Find(page)).ToList());
    }
}
