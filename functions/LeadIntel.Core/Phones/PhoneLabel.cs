namespace LeadIntel.Core.Phones;

/// <summary>
/// Reads the label in front of a digit run: the last two words on the same line before it (filler such as
/// "No." or "Nr." skipped), stopping at an earlier digit. A phone word wins over an identifier word so that
/// "Tel.-Nr." and "Order by phone:" stay phones; a fax word alone marks a fax line.
/// </summary>
public static class PhoneLabel
{
    private const int Reach = 40;

    private static readonly HashSet<string> PhoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tel", "tél", "telephone", "téléphone", "telefon", "telefono", "teléfono", "telefone", "telefonnummer",
        "telefonnr", "tlf", "tfn", "phone", "phones", "ph", "call", "calls", "mobile", "mobil", "mobiel", "mob", "cell", "cellphone",
        "celular", "handy", "whatsapp", "hotline", "helpline", "freephone", "freecall", "tollfree", "toll", "fon",
        "festnetz", "rufnummer", "ring", "dial", "contact", "reservations", "booking", "t", "m", "p", "o",
        "電話", "電話番号", "携帯", "телефон", "тел",
    };

    private static readonly HashSet<string> FaxWords = new(StringComparer.OrdinalIgnoreCase) { "fax", "telefax", "fx", "f", "ファックス", "факс" };

    private static readonly HashSet<string> IdentifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "order", "orders", "bestellung", "bestell", "bestellnummer", "commande", "pedido", "auftrag", "sku", "tracking",
        "sendung", "sendungsnummer", "shipment", "parcel", "awb", "waybill", "invoice", "rechnung", "rechnungsnummer",
        "facture", "fatura", "receipt", "ref", "reference", "referenz", "id", "art", "artikel", "artikelnummer", "item",
        "model", "modell", "part", "serial", "sn", "isbn", "issn", "ean", "upc", "gtin", "asin", "mpn", "account", "acct",
        "konto", "kontonummer", "iban", "bic", "swift", "blz", "customer", "kunden", "kundennummer", "client", "ticket",
        "case", "po", "vat", "ust", "ustid", "tax", "steuernummer", "steuer", "siret", "siren", "tva", "abn", "acn", "cnpj",
        "cpf", "gst", "gstin", "ein", "hrb", "hra", "license", "licence", "lic", "registration", "reg", "patent", "policy",
        "claim", "confirmation", "reservation", "transaction", "container", "version", "build", "ver", "v", "zip",
        "postcode", "plz", "eur", "usd", "cad", "aud", "gbp", "chf", "inr", "brl", "jpy", "rs", "price", "preis", "total",
    };

    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nr", "nº", "n°", "n", "num", "number", "nummer", "numéro", "numero", "número", "is", "our", "us", "at",
        "the", "de", "du", "der", "die", "unter", "or", "and",
    };

    /// <summary>Classifies the label that ends at <paramref name="end"/> (the index where the digit run starts).</summary>
    public static PhoneLabelKind Classify(string text, int end)
    {
        Span<(int Start, int Length)> words = stackalloc (int, int)[2];
        var found = 0;
        var from = Math.Max(0, end - Reach);
        var i = end - 1;
        while (i >= from && found < 2)
        {
            var c = text[i];
            if (c == '\n' || char.IsDigit(c))
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }

            var wordEnd = i + 1;
            while (i >= from && char.IsLetter(text[i]))
            {
                i--;
            }

            if (!Filler.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i + 1, wordEnd - i - 1)))
            {
                words[found++] = (i + 1, wordEnd - i - 1);
            }
        }

        var kind = PhoneLabelKind.None;
        for (var w = found - 1; w >= 0; w--)
        {
            // Nearest word last, so it decides among fax and identifier; a phone word anywhere wins.
            var word = text.AsSpan(words[w].Start, words[w].Length);
            if (PhoneWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return PhoneLabelKind.Phone;
            }

            if (FaxWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                kind = PhoneLabelKind.Fax;
            }
            else if (IdentifierWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                kind = PhoneLabelKind.Identifier;
            }
        }

        return kind;
    }
}
