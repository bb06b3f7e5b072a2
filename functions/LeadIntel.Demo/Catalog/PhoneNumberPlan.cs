namespace LeadIntel.Demo.Catalog;

/// <summary>
/// Invents numbers in each city's numbering plan. Fictional ones come from ranges regulators reserve for
/// drama (NANP 555-0100..0199, Ofcom 020 7946 0xxx, ACMA 02 5550 xxxx and 0491 570 xxx, ARCEP 01 99 00 xx xx);
/// the others are valid-looking but invented. Berlin has no reserved range, so its numbers are all invented.
/// </summary>
internal static class PhoneNumberPlan
{
    public static DemoPhone Landline(City city, Random rng, bool fictional) => city.CountryCode switch
    {
        "CA" or "US" => Nanp(rng.Pick(AreaCodes(city)), fictional ? "555" : Exchange(rng), fictional ? "01" + rng.Digits(2) : rng.Digits(4), fictional),
        "GB" => London(fictional ? "79460" + rng.Digits(3) : rng.Pick(["3", "7", "8"]) + rng.Next(1, 9) + rng.Digits(6), fictional),
        "DE" => Berlin(rng.Next(2, 10) + rng.Digits(7)),
        "FR" => Paris(fictional ? "19900" + rng.Digits(4) : "1" + rng.Pick(["4", "5"]) + rng.Digits(7), fictional),
        _ => Sydney(fictional ? "25550" + rng.Digits(4) : "29" + rng.Digits(7), fictional),
    };

    public static DemoPhone Mobile(City city, Random rng, bool fictional) => city.CountryCode switch
    {
        "CA" or "US" => Landline(city, rng, fictional),
        // Ofcom's drama mobile range (07700 900xxx) is not valid to libphonenumber, so British mobiles are invented.
        "GB" => Mobile("44", "7" + rng.Pick(["400", "507", "797", "911", "956"]) + rng.Digits(6), false, d => $"0{d[..4]} {d[4..]}", d => $"+44 {d[..4]} {d[4..]}", d => $"0{d[..4]} {d[4..7]} {d[7..]}"),
        "DE" => Mobile("49", rng.Pick(["151", "160", "176"]) + rng.Digits(8), false, d => $"0{d[..3]} {d[3..]}", d => $"+49 {d[..3]} {d[3..]}", d => $"0{d[..3]}-{d[3..]}"),
        "FR" => Mobile("33", rng.Pick(["61", "62", "64", "66", "68", "75", "78"]) + rng.Digits(7), false, FrenchPairs, d => "+33 " + FrenchPairs(d)[1..], d => FrenchPairs(d).Replace(' ', '.')),
        _ => Mobile("61", fictional ? "491570" + rng.Digits(3) : "4" + rng.Pick(["12", "23", "38"]) + rng.Digits(6), fictional, d => $"0{d[..3]} {d[3..6]} {d[6..]}", d => $"+61 {d[..3]} {d[3..6]} {d[6..]}"),
    };

    private static IReadOnlyList<string> AreaCodes(City city) => city.CountryCode == "CA" ? ["416", "647", "437"] : ["212", "646", "718", "917", "347"];

    // Central office codes: 2-9 first, never N11 (service codes) and never 555 outside the fiction range.
    private static string Exchange(Random rng)
    {
        while (true)
        {
            var code = rng.Next(200, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (code != "555" && code[1..] != "11")
            {
                return code;
            }
        }
    }

    private static DemoPhone Nanp(string area, string exchange, string line, bool fictional) => new(
        $"+1{area}{exchange}{line}",
        fictional,
        [$"({area}) {exchange}-{line}", $"{area}-{exchange}-{line}", $"{area}.{exchange}.{line}", $"+1 {area} {exchange} {line}", $"1-{area}-{exchange}-{line}", $"+1 ({area}) {exchange}-{line}"]);

    private static DemoPhone London(string subscriber, bool fictional) => new(
        "+4420" + subscriber,
        fictional,
        [$"020 {subscriber[..4]} {subscriber[4..]}", $"+44 20 {subscriber[..4]} {subscriber[4..]}", $"+44 (0)20 {subscriber[..4]} {subscriber[4..]}", $"(020) {subscriber[..4]} {subscriber[4..]}"]);

    private static DemoPhone Berlin(string subscriber) => new(
        "+4930" + subscriber,
        false,
        [$"030 {subscriber}", $"+49 30 {subscriber}", $"(030) {subscriber[..4]}-{subscriber[4..]}", $"030 / {subscriber[..4]} {subscriber[4..6]} {subscriber[6..]}"]);

    private static DemoPhone Paris(string national, bool fictional) => new(
        "+33" + national,
        fictional,
        [FrenchPairs(national), "+33 " + FrenchPairs(national)[1..], FrenchPairs(national).Replace(' ', '.'), "+33 (0)" + FrenchPairs(national)[1..]]);

    private static DemoPhone Sydney(string national, bool fictional) => new(
        "+61" + national,
        fictional,
        [$"(0{national[0]}) {national[1..5]} {national[5..]}", $"0{national[0]} {national[1..5]} {national[5..]}", $"+61 {national[0]} {national[1..5]} {national[5..]}"]);

    private static DemoPhone Mobile(string countryCode, string national, bool fictional, params Func<string, string>[] formats) =>
        new($"+{countryCode}{national}", fictional, formats.Select(f => f(national)).ToList());

    /// <summary>French numbers are written as a trunk zero and pairs: 01 42 68 53 00.</summary>
    private static string FrenchPairs(string national) =>
        $"0{national[0]} {national[1..3]} {national[3..5]} {national[5..7]} {national[7..9]}";
}
