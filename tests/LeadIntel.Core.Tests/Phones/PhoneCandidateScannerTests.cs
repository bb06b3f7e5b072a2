using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class PhoneCandidateScannerTests
{
    private static string[] E164s(string text, string region) => PhoneCandidateScanner.Scan(text, region).Select(c => c.E164).ToArray();

    [Theory]
    [InlineData("Call us: (416) 362-8820 today", "CA", "+14163628820")]
    [InlineData("Office 212.736.5000", "US", "+12127365000")]
    [InlineData("Toll-free 1-800-263-4417", "US", "+18002634417")]
    [InlineData("Tel. 020 7946 0958", "GB", "+442079460958")]
    [InlineData("Ring 0161 496 0000 for bookings", "GB", "+441614960000")]
    [InlineData("Telefon: 030 12345678", "DE", "+493012345678")]
    [InlineData("Tel.: 089/1234567", "DE", "+49891234567")]
    [InlineData("Mobil 0151 23456789", "DE", "+4915123456789")]
    [InlineData("Tél : 01 42 68 53 00", "FR", "+33142685300")]
    [InlineData("Ph: (02) 9876 5432", "AU", "+61298765432")]
    [InlineData("Mobile 0412 345 678", "AU", "+61412345678")]
    [InlineData("Call 098765 43210", "IN", "+919876543210")]
    [InlineData("WhatsApp: (11) 98765-4321", "BR", "+5511987654321")]
    [InlineData("TEL：03-1234-5678", "JP", "+81312345678")]
    [InlineData("International +44 20 7946 0958", "US", "+442079460958")]
    [InlineData("Zentrale +49 (0)30 1234567", "US", "+49301234567")]
    public void Finds_numbers_written_the_way_each_region_writes_them(string text, string region, string e164) =>
        Assert.Equal([e164], E164s(text, region));

    [Theory]
    [InlineData("4\u200B1\u200B6-362-8820")]
    [InlineData("416\u00A0362\u00A08820")]
    [InlineData("416\u2009362\u202F8820")]
    [InlineData("416\u2013362\u20148820")]
    [InlineData("\uFF14\uFF11\uFF16-\uFF13\uFF16\uFF12-\uFF18\uFF18\uFF12\uFF10")]
    [InlineData("\u0664\u0661\u0666 \u0663\u0666\u0662 \u0668\u0668\u0662\u0660")]
    public void Reads_through_display_characters(string text)
    {
        var candidate = Assert.Single(PhoneCandidateScanner.Scan(text, "CA"));
        Assert.Equal("+14163628820", candidate.E164);
        Assert.DoesNotContain(candidate.Raw, c => c > 127);
    }

    [Theory]
    [InlineData("416-362-8820 ext. 12", "12")]
    [InlineData("416-362-8820 ext 345", "345")]
    [InlineData("416-362-8820 extension 7", "7")]
    [InlineData("(416) 362-8820 x1234", "1234")]
    [InlineData("416-362-8820x9", "9")]
    [InlineData("416-362-8820 #22", "22")]
    [InlineData("416-362-8820, ext. 12", "12")]
    [InlineData("416-362-8820 (ext. 12)", "12")]
    public void Keeps_the_extension_apart(string text, string extension)
    {
        var candidate = Assert.Single(PhoneCandidateScanner.Scan(text, "CA"));
        Assert.Equal("+14163628820", candidate.E164);
        Assert.Equal(extension, candidate.Extension);
        Assert.Equal(text.TrimEnd(')').Length + (text.EndsWith(')') ? 1 : 0), candidate.Start + candidate.Length);
    }

    [Fact]
    public void Durchwahl_is_an_extension()
    {
        var candidate = Assert.Single(PhoneCandidateScanner.Scan("Telefon 030 12345678 Durchwahl 42", "DE"));
        Assert.Equal("+493012345678", candidate.E164);
        Assert.Equal("42", candidate.Extension);
    }

    [Theory]
    [InlineData("416-362-8820 416-362-8821")]
    [InlineData("416-362-8820 / 416-362-8821")]
    [InlineData("416-362-8820/416-362-8821")]
    [InlineData("(416) 362-8820 (416) 362-8821")]
    public void Splits_runs_holding_two_numbers(string text) =>
        Assert.Equal(["+14163628820", "+14163628821"], E164s(text, "CA"));

    [Fact]
    public void Cuts_a_number_off_a_postcode_in_front_of_it() =>
        Assert.Equal(["+16502530000"], E164s("Mountain View, CA 94043 650-253-0000", "US"));

    [Theory]
    [InlineData("Fax: 416-362-8821")]
    [InlineData("Fax 416 362 8821")]
    [InlineData("Telefax: 030 12345679")]
    [InlineData("F: (416) 362-8821")]
    public void Skips_numbers_labelled_fax(string text) => Assert.Empty(E164s(text, text.Contains("030") ? "DE" : "CA"));

    [Fact]
    public void Keeps_the_phone_and_drops_the_fax_on_one_line() =>
        Assert.Equal(["+493012345678"], E164s("Tel. +49 30 12345678, Fax +49 30 12345679", "DE"));

    [Fact]
    public void A_shared_tel_fax_line_is_a_phone() =>
        Assert.Equal(["+493012345678"], E164s("Tel./Fax: 030 12345678", "DE"));

    [Fact]
    public void Reports_where_each_number_stands_and_whether_it_was_labelled()
    {
        const string text = "Phone: 416-362-8820. Or try 416-362-8821";
        var found = PhoneCandidateScanner.Scan(text, "CA");
        Assert.Equal("416-362-8820", text.Substring(found[0].Start, found[0].Length));
        Assert.True(found[0].Labelled);
        Assert.Equal("416-362-8821", text.Substring(found[1].Start, found[1].Length));
        Assert.False(found[1].Labelled);
    }

    [Fact]
    public void Fictional_numbers_are_still_found() => Assert.Equal(["+12125550147"], E164s("Call (212) 555-0147", "US"));

    [Fact]
    public void National_numbers_need_the_national_prefix_where_the_region_writes_one()
    {
        Assert.Empty(E164s("Kundenservice 30 12345678", "DE"));
        Assert.Equal(["+493012345678"], E164s("Kundenservice 030 12345678", "DE"));
    }

    [Fact]
    public void An_unknown_region_still_reads_international_numbers()
    {
        Assert.Equal(["+442079460958"], E164s("+44 20 7946 0958 or 020 7946 0959", "ZZ"));
    }

    [Fact]
    public void Long_pages_keep_every_number()
    {
        var text = string.Concat(Enumerable.Range(0, 500).Select(i => $"Branch {i}: lorem ipsum 2024-11-15 {i * 7} items, call 416-362-{1000 + i:D4}.\n"));
        Assert.Equal(500, PhoneCandidateScanner.Scan(text, "CA").Count);
    }
}
