using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

/// <summary>Text that holds digits libphonenumber might accept but that no person would dial.</summary>
public class PhoneCandidateScannerNegativeTests
{
    [Theory]
    [InlineData("Published 2024-11-15", "DE")]
    [InlineData("Stand: 15.11.2024", "DE")]
    [InlineData("Posted 11/15/2024", "US")]
    [InlineData("Posted 15/11/24 and 16/11/24", "GB")]
    [InlineData("Updated 2024-11-15 10:30", "DE")]
    [InlineData("Geöffnet Mo-Fr 09.00 - 17.30 Uhr", "DE")]
    [InlineData("Open 9:00–17:30, Sat 10:00–14:00", "US")]
    [InlineData("Only $1,299.99 today", "US")]
    [InlineData("Preis 1.299,00 €", "DE")]
    [InlineData("Preis: 1.234.567 €", "DE")]
    [InlineData("Price 12,345,678 USD", "US")]
    [InlineData("Beverly Hills, CA 90210-1234", "US")]
    [InlineData("10115 Berlin, 20095 Hamburg", "DE")]
    [InlineData("Order #12345678 has shipped", "US")]
    [InlineData("Order 41636288 has shipped", "CA")]
    [InlineData("SKU: 4163628820", "CA")]
    [InlineData("Tracking: 9400 1118 9922 3344 5566 77", "US")]
    [InlineData("Tracking number 1Z999AA10123456784", "US")]
    [InlineData("Invoice No. 0301234567", "DE")]
    [InlineData("Ref: 0301234567", "DE")]
    [InlineData("Customer ID 4163628820", "CA")]
    [InlineData("Art.-Nr. 03012345678", "DE")]
    [InlineData("Bestell-Nr.: 030123456", "DE")]
    [InlineData("ISBN 978-3-16-148410-0", "DE")]
    [InlineData("ISBN 9783161484100", "DE")]
    [InlineData("Server 192.168.100.120", "DE")]
    [InlineData("Located at 43.6532, -79.3832", "CA")]
    [InlineData("Coordinates 43.653226, -79.383184", "CA")]
    [InlineData("Since 1998–2024", "DE")]
    [InlineData("Seasons 2019-2023", "DE")]
    [InlineData("Season 2019 - 2023", "DE")]
    [InlineData("Card 4111 1111 1111 1111", "US")]
    [InlineData("Card 4111-1111-1111-1111", "US")]
    [InlineData("Amex 3782 822463 10005", "US")]
    [InlineData("Release v2.3.14", "US")]
    [InlineData("Windows 10.0.19045", "DE")]
    [InlineData("Build 10.0.22631.4460", "DE")]
    [InlineData("IMG_20240115_4163628820.jpg", "CA")]
    [InlineData("download report-4163628820.pdf", "CA")]
    [InlineData("id 550e8400-e29b-41d4-a716-446655440000", "DE")]
    [InlineData("hash a1b2c3d4163628820e", "CA")]
    [InlineData("created 1700000000", "DE")]
    [InlineData("created 1700000000123", "DE")]
    [InlineData("see /products/4163628820", "CA")]
    [InlineData("https://example.com/?id=4163628820", "CA")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00", "DE")]
    [InlineData("USt-IdNr. DE 123456789", "DE")]
    [InlineData("Steuernummer 030 123 45678", "DE")]
    [InlineData("ABN 51 824 753 556", "AU")]
    [InlineData("20240115", "DE")]
    [InlineData("Population 1.234.567", "DE")]
    public void Rejects_look_alikes(string text, string region) => Assert.Empty(PhoneCandidateScanner.Scan(text, region));

    [Theory]
    [InlineData("Hotline 2024-11-15 ends; call 416-362-8820", "+14163628820")]
    [InlineData("Order 12345678 questions? Phone 416-362-8820", "+14163628820")]
    [InlineData("Open 9:00–17:30 · 416-362-8820", "+14163628820")]
    [InlineData("v2.3.14 support: 416-362-8820", "+14163628820")]
    public void Finds_the_phone_next_to_a_look_alike(string text, string e164) =>
        Assert.Equal([e164], PhoneCandidateScanner.Scan(text, "CA").Select(c => c.E164));

    [Fact]
    public void A_phone_label_overrides_a_weak_look_alike()
    {
        Assert.Empty(PhoneCandidateScanner.Scan("Pris: 23.456.789", "DK"));
        Assert.Equal(["+4523456789"], PhoneCandidateScanner.Scan("Tlf: 23.456.789", "DK").Select(c => c.E164));
    }

    /// <summary>Rows where libphonenumber's own matcher (FindNumbers, VALID) reports a phone and the scanner does not.</summary>
    [Theory]
    [InlineData("Stand: 28.11.2024", "DK")]
    [InlineData("Open 21.00 - 23.30", "HK")]
    [InlineData("Pris: 23.456.789 kr.", "DK")]
    [InlineData("Server 212.73.65.100", "US")]
    [InlineData("Lat 41.63628820", "US")]
    [InlineData("SKU: 4163628820", "CA")]
    [InlineData("Ticket 0301234567", "DE")]
    [InlineData("Artikel 030-1234567", "DE")]
    [InlineData("Kundennummer 23456789", "DK")]
    [InlineData("Price: $ 4163628820", "US")]
    [InlineData("4163628820 USD", "US")]
    [InlineData("Total 4.163.628.820", "US")]
    [InlineData("IMG_20240115_4163628820.jpg", "CA")]
    [InlineData("download report-4163628820.pdf", "CA")]
    [InlineData("see /products/4163628820", "CA")]
    [InlineData("Steuernummer 030 123 45678", "DE")]
    public void Rejects_look_alikes_libphonenumber_accepts(string text, string region)
    {
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        Assert.NotEmpty(util.FindNumbers(text, region, PhoneNumbers.PhoneNumberUtil.Leniency.VALID, long.MaxValue));
        Assert.Empty(PhoneCandidateScanner.Scan(text, region));
    }
}
