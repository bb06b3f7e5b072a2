using LeadIntel.Demo.Catalog;

namespace LeadIntel.Demo.Sites;

/// <summary>What each kind of business offers and charges: prices are digits a phone extractor must leave alone.</summary>
internal static class SiteServices
{
    private static readonly Dictionary<string, (string En, string De, string Fr, int Price)[]> ByCategory = new()
    {
        ["dentists"] = [("Check-up & cleaning", "Kontrolle & Zahnreinigung", "Contrôle & détartrage", 120), ("Teeth whitening", "Bleaching", "Blanchiment", 349), ("Emergency appointment", "Notfalltermin", "Urgence dentaire", 95), ("Invisalign consultation", "Aligner-Beratung", "Consultation Invisalign", 0)],
        ["cafes"] = [("Flat white", "Flat White", "Flat white", 5), ("Pour-over, single origin", "Filterkaffee, Single Origin", "Café filtre, origine unique", 6), ("Almond croissant", "Mandelcroissant", "Croissant aux amandes", 4), ("Beans 250 g", "Bohnen 250 g", "Grains 250 g", 16)],
        ["plumbers"] = [("Call-out (first 30 min)", "Anfahrt (erste 30 Min.)", "Déplacement (30 premières min)", 89), ("Drain unblocking", "Rohrreinigung", "Débouchage", 149), ("Water heater install", "Boiler-Installation", "Pose de chauffe-eau", 1290), ("Leak detection", "Leckortung", "Recherche de fuite", 199)],
        ["lawyers"] = [("Initial consultation (45 min)", "Erstberatung (45 Min.)", "Première consultation (45 min)", 150), ("Lease review", "Mietvertragsprüfung", "Relecture de bail", 450), ("Wills & estates", "Testament & Nachlass", "Testaments & successions", 900), ("Hourly rate", "Stundensatz", "Taux horaire", 320)],
        ["electricians"] = [("Call-out", "Anfahrt", "Déplacement", 79), ("Panel upgrade 200 A", "Verteilerkasten 63 A", "Tableau électrique 63 A", 1850), ("EV charger install", "Wallbox-Installation", "Borne de recharge", 1100), ("Safety inspection", "E-Check", "Diagnostic électrique", 189)],
        ["accountants"] = [("Personal tax return", "Einkommensteuererklärung", "Déclaration de revenus", 180), ("Monthly bookkeeping", "Monatliche Buchhaltung", "Tenue comptable mensuelle", 350), ("Year-end accounts", "Jahresabschluss", "Bilan annuel", 1400), ("Payroll (per employee)", "Lohnabrechnung (pro Person)", "Paie (par salarié)", 25)],
    };

    public static IEnumerable<(string Name, string Price)> For(Business b)
    {
        var language = b.City.Language[..2];
        foreach (var (en, de, fr, price) in ByCategory[b.Category.Key])
        {
            var name = language switch { "de" => de, "fr" => fr, _ => en };
            var shown = price == 0
                ? language switch { "de" => "kostenlos", "fr" => "gratuit", _ => "Free" }
                : b.City.Currency == "€" ? $"{price} €" : $"{b.City.Currency}{price}";
            yield return (name, shown);
        }
    }

    /// <summary>The registration number a business must print (VAT, SIRET, ABN, company number): long digit runs that are not phones.</summary>
    public static string RegistrationLine(Business b)
    {
        var id = b.ListingId;
        return b.City.CountryCode switch
        {
            "DE" => $"USt-IdNr.: DE{id[..9]} · Handelsregister: HRB {id[3..9]} B, Amtsgericht Charlottenburg",
            "FR" => $"SIRET {id[..3]} {id[3..6]} {id[6..9]} 000{id[9]}7 · RCS Paris",
            "GB" => $"Registered in England & Wales, company no. 0{id[..7]} · VAT GB {id[..3]} {id[3..7]} {id[7..9]}",
            "AU" => $"ABN 5{id[0]} {id[1..4]} {id[4..7]} {id[7..10]}",
            "CA" => $"Business No. {id[..9]} RT0001",
            _ => $"NY State License #{id[..7]} · EIN {id[..2]}-{id[2..9]}",
        };
    }
}
