namespace LeadIntel.Demo.Sites;

/// <summary>The words a business website uses, in its own language.</summary>
internal sealed record SiteTexts(
    string Home,
    string About,
    string Contact,
    string Phone,
    string Mobile,
    string Fax,
    string Email,
    string Hours,
    string Address,
    string Book,
    string Since,
    string Services,
    string WriteUs,
    string Name,
    string Message,
    string Send,
    string Team,
    string Rights,
    string CallUs,
    IReadOnlyDictionary<string, string> Days)
{
    private static readonly SiteTexts English = new(
        "Home", "About us", "Contact", "Phone", "Mobile / WhatsApp", "Fax", "Email", "Opening hours", "Address", "Book an appointment",
        "Proudly serving the neighbourhood since", "Services & prices", "Send us a message", "Your name", "Your message", "Send",
        "Our team", "All rights reserved.", "Call us",
        new Dictionary<string, string> { ["Mo"] = "Monday", ["Tu"] = "Tuesday", ["We"] = "Wednesday", ["Th"] = "Thursday", ["Fr"] = "Friday", ["Sa"] = "Saturday", ["Su"] = "Sunday" });

    private static readonly SiteTexts German = new(
        "Start", "Über uns", "Kontakt", "Telefon", "Mobil / WhatsApp", "Fax", "E-Mail", "Öffnungszeiten", "Adresse", "Termin vereinbaren",
        "Für Sie da seit", "Leistungen & Preise", "Schreiben Sie uns", "Ihr Name", "Ihre Nachricht", "Absenden",
        "Unser Team", "Alle Rechte vorbehalten.", "Rufen Sie uns an",
        new Dictionary<string, string> { ["Mo"] = "Montag", ["Tu"] = "Dienstag", ["We"] = "Mittwoch", ["Th"] = "Donnerstag", ["Fr"] = "Freitag", ["Sa"] = "Samstag", ["Su"] = "Sonntag" });

    private static readonly SiteTexts French = new(
        "Accueil", "À propos", "Contact", "Téléphone", "Portable / WhatsApp", "Fax", "E-mail", "Horaires d'ouverture", "Adresse", "Prendre rendez-vous",
        "À votre service depuis", "Prestations & tarifs", "Écrivez-nous", "Votre nom", "Votre message", "Envoyer",
        "Notre équipe", "Tous droits réservés.", "Appelez-nous",
        new Dictionary<string, string> { ["Mo"] = "lundi", ["Tu"] = "mardi", ["We"] = "mercredi", ["Th"] = "jeudi", ["Fr"] = "vendredi", ["Sa"] = "samedi", ["Su"] = "dimanche" });

    public static SiteTexts For(string language) => language[..2] switch
    {
        "de" => German,
        "fr" => French,
        _ => English,
    };

    /// <summary>A schema.org day range (<c>Mo-Fr</c>) in words: <c>Monday – Friday</c>.</summary>
    public string DayRange(string days) => string.Join(" – ", days.Split('-').Select(d => Days[d]));
}
