using LeadIntel.Core.Emails;

namespace LeadIntel.Core.Tests.Emails;

public class EmailScannerTests
{
    [Fact]
    public void Finds_addresses_with_positions()
    {
        const string text = "Write to Info@Acme-Dental.ca, or sales.team+web@acme.co.uk.";
        var found = EmailScanner.Scan(text);
        Assert.Equal(["info@acme-dental.ca", "sales.team+web@acme.co.uk"], found.Select(f => f.Address));
        Assert.Equal("Info@Acme-Dental.ca", text.Substring(found[0].Start, found[0].Length));
    }

    [Theory]
    [InlineData("<img src=logo@2x.png>")]
    [InlineData("background: url(hero@3x.webp)")]
    [InlineData("follow @acme on X")]
    [InlineData("user@localhost")]
    [InlineData("3f2a9c1b7d4e5f60718293a4b5c6d7e8@o123456.ingest.sentry.io")]
    [InlineData("a1b2c3d4e5f60718293a4b5c6d7e8f90@sentry.wixpress.com")]
    [InlineData("bundle@1.2.3.js")]
    [InlineData("page@home.html")]
    public void Rejects_look_alikes(string text) => Assert.Empty(EmailScanner.Scan(text));
}
