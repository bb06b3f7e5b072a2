namespace LeadIntel.Core.Ocr;

/// <summary>What the words around an image say about it.</summary>
/// <param name="Skip">A word for images that never carry contact data (logo, avatar, icon, pixel...).</param>
/// <param name="Strong">A word that names contact data (phone, contact, kontakt, hotline...).</param>
/// <param name="Weak">A word for images that often carry it (banner, footer, flyer, card...).</param>
internal readonly record struct ImageHint(bool Skip, bool Strong, bool Weak)
{
    public const int StrongScore = 4;

    public const int WeakScore = 1;

    public int Score => (Strong ? StrongScore : 0) + (Weak ? WeakScore : 0);
}
